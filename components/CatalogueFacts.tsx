/**
 * What the catalogue records of a document, on its card: kind, body and session or year, how it
 * was adopted ("Adopted 14-0-1 at S/PV.7853") with a small vote bar, the agenda subject (in the
 * interface language through the UNBIS terms where one is found), what a meeting adopted, what a
 * report was the basis of, and the related documents as links. Where the corpus also knows the
 * document and the two disagree on its date or title, the catalogue's is shown beside it.
 * Data and callbacks in; no browser calls.
 */
import type { ComponentChildren } from 'preact';
import type { CatalogueView, RelatedView } from '@/lib/catalogue/view';
import { tallyText } from '@/lib/catalogue/view';
import type { VoteTally } from '@/lib/catalogue/types';
import type { EntryView } from '@/lib/index/view';
import { t } from '@/lib/i18n/t';
import { linkFor, type Lang } from '@/lib/symbols';
import { sessionLabel } from './overlay/kind-label';

export interface CatalogueFactsProps {
  entry: EntryView;
  linkLang: Lang;
  onOpen?: (symbol: string, url: string) => void;
  /** Related documents listed at most (the side panel shows more). */
  maxRelated?: number;
  /** Show the catalogue's kind of document (the card shows it in its own kind line). */
  showKind?: boolean;
  /** Show the body and session or year (default; the card's kind line already says them). */
  showWhere?: boolean;
}

/** The interface language the messages are in ('en', 'zh'): picks the UNBIS term of a subject. */
export function uiLang(): string {
  const l = t('catalogueUiLang');
  return l === 'catalogueUiLang' ? 'en' : l;
}

/** A subject in the interface language: its UNBIS term where the interface is not English and a term is found, else the subject as catalogued (UNBIS writes it in capitals). */
export function subjectLabel(a: CatalogueView['agenda'][number]): string | undefined {
  if (!a.subject) return undefined;
  const lang = uiLang();
  const term = lang === 'en' ? undefined : a.terms?.[lang as 'zh'];
  return term ?? a.subject;
}

/** What a symbol drawn as a link needs: the language its link opens in, and what opening it does. */
type LinkProps = Pick<CatalogueFactsProps, 'linkLang' | 'onOpen'>;

function SymbolLink({ symbol, props }: { symbol: string; props: LinkProps }) {
  const url = linkFor(symbol, props.linkLang);
  return (
    <a class="cat-link" href={url} target="_blank" rel="noopener noreferrer" lang="en" data-related={symbol} onClick={() => props.onOpen?.(symbol, url)}>
      {symbol}
    </a>
  );
}

/** `text` with each of `symbols` it contains drawn as a link (the card's own lines use it too). */
export function withLinks(text: string, symbols: string[], props: LinkProps): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let rest = text;
  for (;;) {
    let at = -1;
    let which = '';
    for (const s of symbols) {
      const i = rest.indexOf(s);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
        which = s;
      }
    }
    if (at < 0) break;
    if (at > 0) out.push(rest.slice(0, at));
    out.push(<SymbolLink symbol={which} props={props} />);
    rest = rest.slice(at + which.length);
  }
  if (rest) out.push(rest);
  return out;
}

/** A bar of yes / no / abstain (and non-voting) widths. */
export function VoteBar({ vote }: { vote: VoteTally }) {
  const label = t('catVoteBar', vote.yes, vote.no, vote.abstain) + (vote.nonVoting ? `; ${t('catNonVoting', vote.nonVoting)}` : '');
  const seg = (cls: string, n: number) => (n > 0 ? <span class={cls} style={{ flexGrow: n }} /> : null);
  return (
    <span class="votebar" role="img" aria-label={label} title={label} data-votebar={tallyText(vote)}>
      {seg('y', vote.yes)}
      {seg('n', vote.no)}
      {seg('a', vote.abstain)}
      {seg('x', vote.nonVoting ?? 0)}
    </span>
  );
}

function adoptionLine(c: CatalogueView): string | undefined {
  const m = c.meeting ?? '';
  if (c.kind === 'statement') return m ? t('catStatementAt', m) : undefined;
  if (c.adoption === 'vetoed' && c.vote) return t('catVetoed', c.vetoedBy ?? '?', tallyText(c.vote), m);
  if (c.adoption === 'not-adopted' && c.vote) return t('catNotAdopted', tallyText(c.vote), m);
  if (c.kind !== 'resolution') return undefined;
  if (c.vote) return m ? t('catAdoptedVote', tallyText(c.vote), m) : t('catAdoptedVoteNoMeeting', tallyText(c.vote));
  if (!m) return undefined;
  if (c.adoption === 'unanimous') return t('catAdoptedUnanimous', m);
  if (c.adoption === 'without-vote') return t('catAdoptedWithoutVote', m);
  return t('catAdoptedAt', m);
}

function outcomeLine(r: RelatedView): string {
  const v = r.vote ? tallyText(r.vote) : '';
  if (r.kind === 'statement') return t('catOutcomeStatement', r.symbol);
  if (r.adoption === 'vetoed') return t('catOutcomeVetoed', r.symbol, r.vetoedBy ?? '?', v);
  if (r.adoption === 'not-adopted') return t('catOutcomeNotAdopted', r.symbol, v);
  if (r.adoption === 'unanimous') return t('catOutcomeUnanimous', r.symbol);
  if (r.adoption === 'without-vote') return t('catOutcomeWithoutVote', r.symbol);
  return v ? t('catOutcomeAdopted', r.symbol, v) : t('catOutcomeAdoptedNoVote', r.symbol);
}

const KIND_KEY: Partial<Record<CatalogueView['kind'], string>> = {
  statement: 'catKindStatement',
  draft: 'catKindDraft',
  report: 'catKindReport',
  agenda: 'catKindAgenda',
};

/** The catalogue's kind of a document whose symbol says little (meetings, statements, drafts, reports). */
export function catalogueKindLabel(c: CatalogueView): string | undefined {
  if (c.kind === 'meeting') return t(c.body === 'A' ? 'catKindMeetingGA' : 'catKindMeeting');
  const key = KIND_KEY[c.kind];
  return key ? t(key) : undefined;
}

export function CatalogueFacts(props: CatalogueFactsProps) {
  const { entry } = props;
  const c = entry.catalogue;
  if (!c) return null;
  const max = props.maxRelated ?? 6;
  const where = [c.body ? t(`catBody_${c.body}`) : undefined, c.session ? sessionLabel(c.session.replace(/^(?:S|ES)-/, ''), /^ES-/.test(c.session) ? 'ES' : /^S-/.test(c.session) ? 'S' : undefined) : c.year ? t('catYear', c.year) : undefined].filter(Boolean);
  const adoption = adoptionLine(c);
  const outcomes = c.related.filter((r) => r.rel === 'outcome');
  const adoptedOn = c.related.filter((r) => r.rel === 'adopted-on');
  const links = c.related.filter((r) => r.rel !== 'outcome');
  const subjects = [...new Set(c.agenda.map(subjectLabel).filter((s): s is string => !!s))];
  const kind = catalogueKindLabel(c);
  const first = outcomes[0];
  const differs = (a?: string, b?: string) => a && b && a !== b;
  return (
    <section class="cat" data-catalogue={c.kind}>
      {kind && props.showKind && <p class="cat-kind">{kind}</p>}
      {where.length > 0 && props.showWhere !== false && <p class="cat-where">{where.join(' · ')}</p>}
      {entry.state === 'corpus' && differs(entry.date, c.date) && <p class="cat-differs">{t('catCatalogueSays', c.date!)}</p>}
      {entry.state === 'corpus' && differs(entry.title, c.title) && (
        <p class="cat-differs">
          {t('catCatalogueSays', '')}
          <span lang="en">{c.title}</span>
        </p>
      )}
      {adoption && (
        <p class="cat-adoption" data-adoption={c.adoption ?? ''}>
          {withLinks(adoption, c.meeting ? [c.meeting] : [], props)}
          {c.vote && <VoteBar vote={c.vote} />}
        </p>
      )}
      {c.kind === 'meeting' && first && first.kind === 'resolution' && (
        <p class="cat-relation">{withLinks(first.vote ? t('catMeetingOf', first.symbol, tallyText(first.vote)) : t('catMeetingOfNoVote', first.symbol), [first.symbol], props)}</p>
      )}
      {c.kind === 'report' && adoptedOn[0] && (
        <p class="cat-relation">
          {withLinks(adoptedOn.length > 1 ? t('catReportForMany', adoptedOn[0].symbol, adoptedOn.length - 1) : t('catReportFor', adoptedOn[0].symbol), [adoptedOn[0].symbol], props)}
        </p>
      )}
      {c.topic && (
        <p class="cat-topic">
          <span class="cat-label">{t('catTopic')} </span>
          <span lang="en">{c.topic}</span>
        </p>
      )}
      {subjects.length > 0 && (
        <p class="cat-subject">
          <span class="cat-label">{t('catSubject')} </span>
          {subjects.join(' · ')}
        </p>
      )}
      {outcomes.length > 0 && (
        <section data-list="outcomes">
          <h3>{t('catMeetingOutcomes')}</h3>
          <ul>
            {outcomes.slice(0, max).map((o) => (
              <li key={o.symbol}>
                {withLinks(outcomeLine(o), [o.symbol], props)}
                {o.vote && <VoteBar vote={o.vote} />}
              </li>
            ))}
            {outcomes.length > max && <li class="more">{t('catMore', outcomes.length - max)}</li>}
          </ul>
        </section>
      )}
      {links.length > 0 && (
        <section data-list="related">
          <h3>{t('catRelated')}</h3>
          <ul class="cat-related">
            {links.slice(0, max).map((r) => (
              <li key={`${r.rel}:${r.symbol}`}>
                <SymbolLink symbol={r.symbol} props={props} /> <span class="cat-rel">{t(REL_KEY[r.rel])}</span>
              </li>
            ))}
            {links.length + (c.more ?? 0) > max && <li class="more">{t('catMore', links.length + (c.more ?? 0) - max)}</li>}
          </ul>
        </section>
      )}
      <p class="cat-source">{t('catSource')}</p>
    </section>
  );
}

const REL_KEY: Record<RelatedView['rel'], string> = {
  meeting: 'catRelMeeting',
  report: 'catRelReport',
  agenda: 'catRelAgenda',
  outcome: 'catRelMeeting',
  'adopted-on': 'catRelAdoptedOn',
  'under-agenda': 'catRelUnderAgenda',
};
