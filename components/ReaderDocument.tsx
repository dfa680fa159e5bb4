/**
 * A corpus document laid out for reading: heading block, preambular and operative paragraphs
 * (numbered as printed), footnotes linked both ways, and a table of paragraphs for long
 * documents. Data in (the layout and the entry), no browser APIs.
 */
import type { EntryState, EntryView } from '@/lib/index/view';
import type { Layout } from '@/entrypoints/reader/layout';
import { t } from '@/lib/i18n/t';
import { ReaderText } from './ReaderText';

export interface ReaderDocumentProps {
  layout: Layout;
  entry?: EntryView;
  hrefFor(symbol: string): string;
  states: Record<string, EntryState | undefined>;
}

const PART_LABEL: Record<string, string> = {
  preamble: 'readerPartPreamble',
  operative: 'readerPartOperative',
  body: 'readerPartBody',
  heading: 'readerPartHeading',
  footnote: 'readerPartFootnotes',
};

export function ReaderDocument({ layout, entry, hrefFor, states }: ReaderDocumentProps) {
  const text = (tokens: Layout['heading'][number]) => (
    <ReaderText tokens={tokens} hrefFor={hrefFor} states={states} footnoteLabel={(n) => t('readerFootnoteRef', n)} />
  );
  const facts: [string, string | undefined][] = entry
    ? [
        ['readerFactSymbol', entry.official ? entry.symbol : undefined],
        ['readerFactOrgan', entry.organ],
        ['readerFactSession', entry.session],
        ['readerFactAgenda', entry.agendaItem],
        ['readerFactDate', entry.date],
        ['readerFactAdoptedOn', entry.adoptedOn ? (entry.adoptedOn.paragraph ? t('readerAdoptedOnPara', entry.adoptedOn.report, entry.adoptedOn.paragraph) : entry.adoptedOn.report) : undefined],
        ['readerFactMeeting', entry.meeting],
      ]
    : [];
  return (
    <article class="reader-doc" lang={entry?.lang ?? undefined} aria-label={entry?.title ?? entry?.symbol}>
      <header class="reader-heading">
        {facts.some(([, v]) => v) && (
          <dl class="reader-facts">
            {facts
              .filter(([, v]) => v)
              .map(([k, v]) => (
                <div key={k}>
                  <dt>{t(k)}</dt>
                  <dd>{k === 'readerFactAdoptedOn' && entry?.adoptedOn ? text(linkish(entry.adoptedOn.report, v!)) : v}</dd>
                </div>
              ))}
          </dl>
        )}
        <div class="reader-heading-lines">
          {layout.heading.map((line, i) => (
            <p key={i} class="reader-heading-line">
              {text(line)}
            </p>
          ))}
        </div>
      </header>

      {layout.toc.length > 0 && (
        <nav class="reader-toc" aria-label={t('readerToc')}>
          <h2>{t('readerToc')}</h2>
          <ol>
            {layout.toc.map((item) => (
              <li key={item.anchor}>
                <a href={`#${item.anchor}`}>{item.label}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}

      {layout.sections.map((section, si) => (
        <section key={si} class={`reader-section reader-${section.part}`} aria-label={t(PART_LABEL[section.part] ?? 'readerPartBody')}>
          {section.paragraphs.map(({ p, tokens }) => (
            <p key={p.at.anchor} id={p.at.anchor} class={`reader-para reader-para-${p.at.part}`} data-n={p.at.n}>
              {(p.at.part === 'operative' || p.at.part === 'body') && <span class="reader-num">{p.at.n}.</span>}
              {text(tokens)}
            </p>
          ))}
        </section>
      ))}

      {layout.footnotes.length > 0 && (
        <section class="reader-footnotes" aria-label={t('readerPartFootnotes')}>
          <h2>{t('readerPartFootnotes')}</h2>
          <ol>
            {layout.footnotes.map(({ p, tokens, backref }) => (
              <li key={p.at.anchor} id={p.at.anchor} value={Number(p.at.n) || undefined}>
                <span class="reader-fn-n">{p.at.n}</span> {text(tokens)}
                {backref && (
                  <>
                    {' '}
                    <a class="reader-backref" href={`#${backref}`} aria-label={t('readerBackToRef', p.at.n)}>
                      ↩
                    </a>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}

/** The "adopted on" report as a symbol token (so it gets a link and a card) inside its label. */
function linkish(report: string, label: string): Layout['heading'][number] {
  const at = label.indexOf(report);
  if (at < 0) return [{ type: 'text', text: label }];
  return [
    { type: 'text', text: label.slice(0, at) },
    { type: 'symbol', text: report, match: { start: at, end: at + report.length, text: report, symbol: report, kind: 'document' } },
    { type: 'text', text: label.slice(at + report.length) },
  ];
}
