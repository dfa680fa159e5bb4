/**
 * The hover card, compact like Wikipedia's Page Previews: what the document is and does at a
 * glance. Drawn inside the overlay's closed shadow root (components/overlay/cards.ts places it),
 * and in the popup.
 * - the title as headline (in the document's language), then the symbol, what kind of document
 *   it is, and how much is known of it;
 * - adoption in one line (date in the reader's locale, meeting, agenda item);
 * - one line on what it does;
 * - "builds on …" and "cited by …" as clickable symbols;
 * - the six language versions as direct links;
 * - one main action (open it) and a quiet menu for the rest (trail, read, copy a citation).
 * For a document the index does not know: what its symbol says it is, the six language links
 * and a Digital Library search, in plain words. An uncertain match is said here, not on the page.
 * Data and callbacks in; no browser calls. Sets its own lang and dir from the interface language.
 */
import { useState } from 'preact/hooks';
import { ADOPTED_FROM_DRAFT, ADOPTED_ON_REPORT, type CitationView, type EntryState, type EntryView } from '@/lib/index/view';
import { LANGS, libraryUrl, linkFor, symbolKind, type Lang } from '@/lib/symbols';
import { formatCitation, type CitableEntry, type CitationStyle } from '@/lib/cite/format';
import { getUiLocale, t, uiDir } from '@/lib/i18n/t';
import { citationRows, locationLabel } from '@/lib/trail/labels';
import { documentName, isInternalId } from '@/lib/trail/names';
import { adoptionFacts, adoptionParts } from './adoption';
import { kindLabel } from './overlay/kind-label';
import { CatalogueFacts, catalogueKindLabel, uiLang, withLinks } from './CatalogueFacts';

export interface CardModel {
  /** Canonical symbol of the link. */
  symbol: string;
  /** The full entry; undefined while it loads (or when loading failed: see `error`). */
  entry?: EntryView;
  error?: string;
  /** The state the page link already shows (from the scan's lookup), used until the entry arrives. */
  briefState?: EntryState;
  /** The match is a guess from the number's shape. */
  uncertain: boolean;
  /** The reader has opened this document before. */
  read: boolean;
}

export interface CardActions {
  /** Language the links start in. */
  linkLang: Lang;
  /** The reader follows the undocs.org (or Digital Library) link. */
  onOpen: (symbol: string, url: string) => void;
  onTrail: (symbol: string) => void;
  /** Present where the reader page can be opened. */
  onRead?: (symbol: string) => void;
  onCopy: (text: string) => Promise<void>;
  /** The form "Copy citation" writes (the reader's setting); else the Chinese form for Chinese links, the UN's otherwise. */
  citationStyle?: CitationStyle;
  /** The reader chose another link language (the popup remembers it). */
  onLangChange?: (lang: Lang) => void;
}

/** Names of the six languages in their own scripts (the same in every interface language). */
const LANG_NAMES: Record<Lang, string> = { ar: 'العربية', zh: '中文', en: 'English', fr: 'Français', ru: 'Русский', es: 'Español' };
/** How many symbols a "builds on" / "cited by" line shows before "+n". */
const FIRST = 4;

function stateText(state: EntryState): { short: string; long: string } {
  const key = state === 'corpus' ? 'Corpus' : state === 'catalogue' ? 'Catalogue' : state === 'cited' ? 'Cited' : 'Unknown';
  return { short: t(`cardState${key}`), long: t(`cardState${key}Long`) };
}

/** "77/180" for A/RES/77/180 (how UN text cites GA resolutions); other symbols as they are. */
function shortSymbol(symbol: string): string {
  return symbol.replace(/^A\/RES\//, '');
}

/**
 * One line on what the document does. The index's summary is its first preambular paragraph
 * and its last operative one ("回顾… … 45. 请秘书长…"); what it does is the operative part.
 */
export function whatItDoes(summary: string | undefined): string | undefined {
  if (!summary) return undefined;
  const cut = summary.lastIndexOf('… ');
  const tail = (cut >= 0 ? summary.slice(cut + 2) : summary).replace(/^\s*\d+\s*[.．]\s*/, '').trim();
  return tail || undefined;
}

/** "Builds on 49/108 · 51/170 · 53/177 · 55/187 +44": symbols as links to the documents. */
function SymbolLine({ label, citations, list, lang, onOpen }: { label: string; citations: CitationView[]; list: string; lang: Lang; onOpen: (symbol: string, url: string) => void }) {
  const rows = citationRows(citations);
  if (rows.length === 0) return null;
  return (
    <p class="refs" data-list={list}>
      <span class="refs-label">{label}</span>{' '}
      {rows.slice(0, FIRST).map((r, i) => {
        const internal = isInternalId(r.symbol);
        const name = internal ? documentName(r.symbol, r.title) : shortSymbol(r.symbol);
        const about = [internal ? undefined : r.symbol, r.title].filter(Boolean).join(' — ');
        return (
          <span key={r.symbol}>
            {i > 0 && <span aria-hidden="true"> · </span>}
            {internal ? (
              <span class="ref" title={about}>
                {name}
              </span>
            ) : (
              <a
                class="ref sym"
                href={linkFor(r.symbol, lang)}
                target="_blank"
                rel="noopener noreferrer"
                title={about}
                aria-label={about}
                onClick={() => onOpen(r.symbol, linkFor(r.symbol, lang))}
              >
                {name}
              </a>
            )}
          </span>
        );
      })}
      {rows.length > FIRST && <span class="more"> {t('cardMore', rows.length - FIRST)}</span>}
    </p>
  );
}

const QUOTE_MAX = 110;

/** A citation from a resolution's header: it was adopted on this document (its draft, or a committee report). */
const isAdoptedOn = (c: CitationView) => c.verbGroup === ADOPTED_FROM_DRAFT || c.verbGroup === ADOPTED_ON_REPORT;

/** "The draft adopted as A/RES/70/10": what the index's resolution says this document became. */
function AdoptedAs({ citedBy, lang, onOpen }: { citedBy: CitationView[]; lang: Lang; onOpen: (symbol: string, url: string) => void }) {
  const c = citedBy.find(isAdoptedOn);
  if (!c) return null;
  const text = t(c.verbGroup === ADOPTED_FROM_DRAFT ? 'cardDraftOf' : 'cardReportOf', c.symbol);
  return (
    <p class="relation" data-relation={c.verbGroup}>
      {withLinks(text, [c.symbol], { linkLang: lang, onOpen })}
    </p>
  );
}

/** What a citing sentence says of a document the index knows only from it (the first one). */
function Mention({ mentions, lang }: { mentions: CitationView[]; lang?: string }) {
  const m = mentions.find((x) => x.quote) ?? mentions[0];
  if (!m) return null;
  const q = m.quote?.trim();
  return (
    <p class="mention" data-list="mentions">
      <span class="refs-label">{t('cardMention', documentName(m.symbol, m.title), locationLabel(m.at))}</span>
      {q && (
        <>
          {' '}
          <q lang={lang}>{q.length > QUOTE_MAX ? `${q.slice(0, QUOTE_MAX - 1)}…` : q}</q>
        </>
      )}
    </p>
  );
}

export function Card({ model, actions }: { model: CardModel; actions: CardActions }) {
  const { symbol, entry } = model;
  const [lang, setLang] = useState<Lang>(actions.linkLang);
  const [menu, setMenu] = useState(false);
  const [copyStatus, setCopyStatus] = useState<string>('');
  const official = entry ? entry.official : !isInternalId(symbol);
  const state: EntryState = entry?.state ?? model.briefState ?? 'unknown';
  const url = official ? linkFor(symbol, lang) : undefined;
  const isDecision = /-decision$/.test(entry?.kind ?? symbolKind(symbol));
  const name = official ? symbol : documentName(entry?.id ?? symbol, entry?.title);
  const locale = getUiLocale();
  const adoption = entry ? adoptionParts(adoptionFacts(entry), locale) : { rest: [] as string[] };
  // The digest of its operative part where the index has one; else the operative end of the summary.
  const does = entry?.digest ?? whatItDoes(entry?.summary);
  const s = stateText(state);
  // What a resolution's header says this document became is said in its own line, not as a citation.
  const citedBy = entry?.citedBy.filter((c) => !isAdoptedOn(c)) ?? [];
  const mentions = entry?.mentions.filter((c) => !isAdoptedOn(c)) ?? [];
  // A document known from citations (or the catalogue) says what its citers say of it; its citers are not listed again.
  const mentioned = (state === 'cited' || state === 'catalogue') && mentions.length > 0;

  const copy = async () => {
    const citable: CitableEntry = entry ?? { symbol, id: symbol, official: true, kind: symbolKind(symbol) };
    try {
      await actions.onCopy(formatCitation(citable, actions.citationStyle ?? (lang === 'zh' ? 'zh' : 'un')));
      setCopyStatus(t('cardCopied'));
    } catch (err) {
      setCopyStatus(t('cardCopyFailed', err instanceof Error ? err.message : String(err)));
    }
  };

  return (
    // The card speaks the interface's language whatever the page's: its own lang and dir, so a
    // Chinese card on an Arabic page is read by a Chinese voice with its punctuation in place.
    <div class="card" role="dialog" lang={locale} dir={uiDir()} aria-label={t('cardLabel', name)} data-symbol={symbol} data-state={state}>
      {entry?.title ? (
        <p class="title" lang={entry.lang}>
          {entry.title}
          {/* The catalogue's titles are English: said so where the interface is in another language. */}
          {entry.lang === 'en' && uiLang() !== 'en' && (
            <span class="lang-note" lang={locale}>
              （{t('catTitleEnglish')}）
            </span>
          )}
        </p>
      ) : (
        <p class="title symbol-title" lang={official ? 'en' : undefined}>
          {name}
        </p>
      )}
      <p class="head">
        {official && entry?.title && (
          <span class="symbol" lang="en">
            {symbol}
          </span>
        )}
        <span class="kind">{(entry?.catalogue && catalogueKindLabel(entry.catalogue)) || (official ? kindLabel(symbol) : t('cardKind_document'))}</span>
        <span class={`badge ${state}`} title={s.long} data-badge={state}>
          {s.short}
        </span>
        {model.uncertain && (
          <span class="badge uncertain" data-badge="uncertain">
            {t('cardStateUncertain')}
          </span>
        )}
        {model.read && (
          <span class="badge read" title={t('cardReadBadgeLong')} data-badge="read">
            {t('cardReadBadge')}
          </span>
        )}
      </p>
      {(adoption.dated || adoption.rest.length > 0) && (
        <p class="meta">
          {entry?.date && adoption.dated && <time dateTime={entry.date}>{adoption.dated}</time>}
          {adoption.rest.length > 0 && `${adoption.dated ? ' · ' : ''}${adoption.rest.join(' · ')}`}
        </p>
      )}
      {entry && <AdoptedAs citedBy={entry.citedBy} lang={lang} onOpen={actions.onOpen} />}
      {model.uncertain && <p class="note uncertain">{t('cardUncertainNote', symbol)}</p>}
      {!entry && !model.error && (
        <p class="note status" aria-live="polite">
          {t('cardLoading')}
        </p>
      )}
      {model.error && <p class="note error">{t('cardLoadError', model.error)}</p>}
      {does && (
        <p class="summary" lang={entry?.lang}>
          {does}
        </p>
      )}
      {entry && state === 'unknown' && <p class="note">{t('cardUnknownNote')}</p>}
      {entry?.catalogue && <CatalogueFacts entry={entry} linkLang={lang} onOpen={actions.onOpen} maxRelated={3} showWhere={false} />}
      {entry && mentioned && <Mention mentions={mentions} lang={entry.lang} />}
      {entry && <SymbolLine label={t('wordBuildsOn')} citations={entry.cites} list="cites" lang={lang} onOpen={actions.onOpen} />}
      {entry && !mentioned && <SymbolLine label={t('wordCitedBy')} citations={citedBy} list="citedBy" lang={lang} onOpen={actions.onOpen} />}
      {official && (
        <p class="langs" aria-label={t('languageVersions')}>
          {LANGS.map((l) => (
            <a
              key={l}
              href={linkFor(symbol, l)}
              lang={l}
              hrefLang={l}
              target="_blank"
              rel="noopener noreferrer"
              aria-current={l === lang ? 'true' : undefined}
              onClick={() => {
                setLang(l);
                actions.onLangChange?.(l);
                actions.onOpen(symbol, linkFor(symbol, l));
              }}
            >
              {LANG_NAMES[l]}
            </a>
          ))}
        </p>
      )}
      {official && state === 'unknown' && (
        <p class="library">
          <a href={libraryUrl(symbol, lang)} target="_blank" rel="noopener noreferrer" onClick={() => actions.onOpen(symbol, libraryUrl(symbol, lang))}>
            {t('libraryLink')}
          </a>
        </p>
      )}
      <div class="actions">
        {url && (
          <a class="primary" href={url} target="_blank" rel="noopener noreferrer" aria-label={t('cardOpenLabel', symbol)} onClick={() => actions.onOpen(symbol, url)}>
            {isDecision ? t('cardOpenLibrary') : t('cardOpenUndocs')}
          </a>
        )}
        <button type="button" class="menu-button" aria-expanded={menu} aria-controls="card-menu" onClick={() => setMenu(!menu)}>
          {t('cardMoreActions')}
        </button>
        {copyStatus && (
          <span class="status" role="status">
            {copyStatus}
          </span>
        )}
      </div>
      {menu && (
        <div class="menu" id="card-menu" role="group" aria-label={t('cardMoreActions')}>
          <button type="button" aria-label={t('cardTrailLabel', name)} onClick={() => actions.onTrail(entry?.id ?? symbol)}>
            {t('cardTrail')}
          </button>
          {entry?.readable && actions.onRead && (
            <button type="button" aria-label={t('cardReadLabel', name)} onClick={() => actions.onRead?.(entry.id)}>
              {t('cardReadAction')}
            </button>
          )}
          <button type="button" aria-label={t('cardCopyLabel', name)} onClick={() => void copy()}>
            {t('cardCopy')}
          </button>
        </div>
      )}
    </div>
  );
}
