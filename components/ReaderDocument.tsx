/**
 * A corpus document laid out for reading: a bar with the original PDF and the six language
 * versions, the heading block, preambular and operative paragraphs (each number shown once, in
 * its own column), footnotes linked both ways, and for long documents a paragraph index of
 * short numbered links that wraps to any width. Data in (the layout and the entry), no browser APIs.
 */
import type { EntryState, EntryView } from '@/lib/index/view';
import { withoutLeadingNumber, type Layout } from '@/entrypoints/reader/layout';
import { formatDate, getUiLocale, t } from '@/lib/i18n/t';
import { LANGS, type Lang } from '@/lib/symbols';
import { ReaderText } from './ReaderText';

export interface ReaderDocumentProps {
  layout: Layout;
  entry?: EntryView;
  hrefFor(symbol: string): string;
  states: Record<string, EntryState | undefined>;
  /** The document's own links: its language versions and its original PDF (official symbols only). */
  versions?: { href(lang: Lang): string; pdf: string; current?: Lang };
}

/** Names of the six languages in their own scripts. */
export const LANG_NAMES: Record<Lang, string> = { ar: 'العربية', zh: '中文', en: 'English', fr: 'Français', ru: 'Русский', es: 'Español' };

const TOC_PARTS: Record<string, string> = { preamble: 'readerPartPreamble', operative: 'readerPartOperative', body: 'readerPartBody', heading: 'readerPartHeading' };

const PART_LABEL: Record<string, string> = {
  preamble: 'readerPartPreamble',
  operative: 'readerPartOperative',
  body: 'readerPartBody',
  heading: 'readerPartHeading',
  footnote: 'readerPartFootnotes',
};

export function ReaderDocument({ layout, entry, hrefFor, states, versions }: ReaderDocumentProps) {
  const text = (tokens: Layout['heading'][number]) => (
    <ReaderText tokens={tokens} hrefFor={hrefFor} states={states} footnoteLabel={(n) => t('readerFootnoteRef', n)} />
  );
  const facts: [string, string | undefined][] = entry
    ? [
        ['readerFactSymbol', entry.official ? entry.symbol : undefined],
        ['readerFactOrgan', entry.organ],
        ['readerFactSession', entry.session],
        ['readerFactAgenda', entry.agendaItem],
        ['readerFactDate', entry.date ? formatDate(entry.date, getUiLocale()) : undefined],
        ['readerFactAdoptedOn', entry.adoptedOn ? (entry.adoptedOn.paragraph ? t('readerAdoptedOnPara', entry.adoptedOn.report, entry.adoptedOn.paragraph) : entry.adoptedOn.report) : undefined],
        ['readerFactMeeting', entry.meeting],
      ]
    : [];
  return (
    <article class="reader-doc" lang={entry?.lang ?? undefined} aria-label={entry?.title ?? entry?.symbol}>
      {versions && (
        <nav class="reader-versions" aria-label={t('languageVersions')} lang={getUiLocale()}>
          <a class="reader-pdf" href={versions.pdf} target="_blank" rel="noopener noreferrer">
            {t('readerOriginalPdf')}
          </a>
          <span class="reader-langs">
            <span class="reader-langs-label">{t('languageVersions')}:</span>
            {LANGS.map((l) => (
              <a key={l} href={versions.href(l)} lang={l} hrefLang={l} target="_blank" rel="noopener noreferrer" aria-current={l === versions.current ? 'true' : undefined}>
                {LANG_NAMES[l]}
              </a>
            ))}
          </span>
        </nav>
      )}
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
        <details class="reader-toc">
          <summary>{t('readerTocCount', layout.toc.length)}</summary>
          {(['preamble', 'operative', 'body', 'heading'] as const).map((part) => {
            const items = layout.toc.filter((i) => i.part === part);
            if (!items.length) return null;
            return (
              <div key={part} class="reader-toc-part">
                <h2>{t(TOC_PARTS[part]!)}</h2>
                <ol>
                  {items.map((item) => (
                    <li key={item.anchor}>
                      <a href={`#${item.anchor}`} title={item.label}>
                        {item.n}
                      </a>
                    </li>
                  ))}
                </ol>
              </div>
            );
          })}
        </details>
      )}

      {layout.sections.map((section, si) => (
        <section key={si} class={`reader-section reader-${section.part}`} aria-label={t(PART_LABEL[section.part] ?? 'readerPartBody')}>
          {section.paragraphs.map(({ p, tokens }) => (
            <p key={p.at.anchor} id={p.at.anchor} class={`reader-para reader-para-${p.at.part}`} data-n={p.at.n}>
              {(p.at.part === 'operative' || p.at.part === 'body') && <span class="reader-num">{p.at.n}.</span>}
              <span class="reader-text">{text(p.at.part === 'operative' || p.at.part === 'body' ? withoutLeadingNumber(tokens, p.at.n) : tokens)}</span>
            </p>
          ))}
        </section>
      ))}

      {layout.footnotes.length > 0 && (
        <section class="reader-footnotes" aria-label={t('readerPartFootnotes')}>
          <h2>{t('readerPartFootnotes')}</h2>
          <ol>
            {layout.footnotes.map(({ p, tokens, backref }) => (
              <li key={p.at.anchor} id={p.at.anchor}>
                <span class="reader-fn-n">{p.at.n}</span>
                <span class="reader-text">{text(withoutLeadingNumber(tokens, p.at.n))}</span>
                {backref && (
                  <a class="reader-backref" href={`#${backref}`} aria-label={t('readerBackToRef', p.at.n)}>
                    ↩
                  </a>
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
