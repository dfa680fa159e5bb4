/**
 * The hover card: what the index knows of one symbol, drawn inside the overlay's shadow root
 * (components/overlay/cards.ts places it). Shows the canonical symbol and the honest state
 * (in corpus / cited by the corpus / not in the index, uncertain match, read), title, date,
 * organ / session / agenda item, summary, the first references both ways, what the corpus says
 * of a document it only cites, or for an unknown symbol its kind spelled out. Actions: open on
 * undocs.org in a chosen language, show in the side panel trail, read, copy a citation.
 * Data and callbacks in; no browser calls.
 */
import { useState } from 'preact/hooks';
import type { CitationView, EntryState, EntryView } from '@/lib/index/view';
import { LANGS, linkFor, symbolKind, type Lang } from '@/lib/symbols';
import { formatCitation, type CitableEntry, type CitationStyle } from '@/lib/cite/format';
import { getUiLocale, t, uiDir } from '@/lib/i18n/t';
import { citationRows, locationLabel } from '@/lib/trail/labels';
import { kindLabel } from './overlay/kind-label';
import { documentName, isInternalId } from '@/lib/trail/names';

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
const FIRST = 3;

function stateText(state: EntryState | 'uncertain'): { short: string; long: string } {
  const key = state === 'corpus' ? 'Corpus' : state === 'cited' ? 'Cited' : state === 'uncertain' ? 'Uncertain' : 'Unknown';
  return { short: t(`cardState${key}`), long: state === 'uncertain' ? t('cardStateUncertain') : t(`cardState${key}Long`) };
}

function Badge({ state }: { state: EntryState | 'uncertain' }) {
  const s = stateText(state);
  return (
    <span class={`badge ${state}`} title={s.long} data-badge={state}>
      {s.short}
    </span>
  );
}

function CitationList({ heading, citations, testId }: { heading: string; citations: CitationView[]; testId: string }) {
  const rows = citationRows(citations);
  if (rows.length === 0) return null;
  return (
    <section data-list={testId}>
      <h3>{t(heading, rows.length)}</h3>
      <ul>
        {rows.slice(0, FIRST).map((r) => (
          <li key={r.symbol}>
            {isInternalId(r.symbol) ? (
              <span class="t">{documentName(r.symbol, r.title)}</span>
            ) : (
              <>
                <span class="sym">{r.symbol}</span>
                {r.title && <span class="t"> — {r.title}</span>}
              </>
            )}
          </li>
        ))}
        {rows.length > FIRST && <li class="more">{t('cardMore', rows.length - FIRST)}</li>}
      </ul>
    </section>
  );
}

const QUOTE_MAX = 120;

/** The citing sentence, cut at QUOTE_MAX characters around nothing in particular (the card is a preview). */
function shortQuote(quote: string): string {
  const q = quote.trim();
  return q.length > QUOTE_MAX ? `${q.slice(0, QUOTE_MAX - 1)}…` : q;
}

/** What the corpus says of a document it cites: who cites it, where, and the citing sentence. */
function Mentions({ mentions, lang }: { mentions: CitationView[]; lang?: string }) {
  if (mentions.length === 0) return null;
  return (
    <section data-list="mentions">
      <h3>{t('cardMentions')}</h3>
      <ul>
        {mentions.slice(0, FIRST).map((m, i) => (
          <li key={i}>
            {t('cardMention', documentName(m.symbol, m.title), locationLabel(m.at))}
            {m.quote && (
              <>
                {': '}
                <q lang={lang}>{shortQuote(m.quote)}</q>
              </>
            )}
          </li>
        ))}
        {mentions.length > FIRST && <li class="more">{t('cardMore', mentions.length - FIRST)}</li>}
      </ul>
    </section>
  );
}

export function Card({ model, actions }: { model: CardModel; actions: CardActions }) {
  const { symbol, entry } = model;
  const [lang, setLang] = useState<Lang>(actions.linkLang);
  const [copyStatus, setCopyStatus] = useState<string>('');
  const official = entry ? entry.official : true;
  const state: EntryState = entry?.state ?? model.briefState ?? 'unknown';
  const url = official ? linkFor(symbol, lang) : undefined;
  const isDecision = /-decision$/.test(entry?.kind ?? symbolKind(symbol));
  const where = entry
    ? [entry.organ, entry.session ? t('cardSession', entry.session) : undefined, entry.agendaItem ? t('cardAgendaItem', entry.agendaItem) : undefined].filter(Boolean)
    : [];

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
    <div class="card" role="dialog" lang={getUiLocale()} dir={uiDir()} aria-label={t('cardLabel', symbol)} data-symbol={symbol} data-state={state}>
      <div class="head">
        <p class="symbol" lang="en">
          {official ? symbol : documentName(entry?.id ?? symbol, entry?.title)}
        </p>
        <Badge state={state} />
        {model.uncertain && <Badge state="uncertain" />}
        {model.read && (
          <span class="badge read" title={t('cardReadBadgeLong')} data-badge="read">
            {t('cardReadBadge')}
          </span>
        )}
        {!official && <span class="badge unknown">{t('cardUnofficial')}</span>}
      </div>
      <p class="kind">{kindLabel(symbol)}</p>
      {entry?.title && (
        <p class="title" lang={entry.lang}>
          {entry.title}
        </p>
      )}
      {entry && (entry.date || where.length > 0) && (
        <p class="meta">
          {entry.date && <time dateTime={entry.date}>{entry.date}</time>}
          {entry.date && where.length > 0 && ' · '}
          {where.length > 0 && <span lang={entry.lang}>{where.join(' · ')}</span>}
        </p>
      )}
      {model.uncertain && <p class="note uncertain">{t('cardUncertainNote', symbol)}</p>}
      {!entry && !model.error && <p class="note status" aria-live="polite">{t('cardLoading')}</p>}
      {model.error && <p class="note error">{t('cardLoadError', model.error)}</p>}
      {entry?.summary && (
        <p class="summary" lang={entry.lang}>
          {entry.summary}
        </p>
      )}
      {entry && state === 'unknown' && <p class="note">{t('cardUnknownNote')}</p>}
      {entry && state === 'cited' && <Mentions mentions={entry.mentions} lang={entry.lang} />}
      {entry && <CitationList heading="cardCites" citations={entry.cites} testId="cites" />}
      {entry && <CitationList heading="cardCitedBy" citations={entry.citedBy} testId="citedBy" />}
      <div class="actions">
        {url && (
          <a
            class="primary"
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('cardOpenLabel', symbol)}
            onClick={() => actions.onOpen(symbol, url)}
          >
            {isDecision ? t('cardOpenLibrary') : t('cardOpenUndocs')}
          </a>
        )}
        {url && (
          <select aria-label={t('cardLinkLang')} value={lang} onChange={(e) => {
              const next = (e.currentTarget as HTMLSelectElement).value as Lang;
              setLang(next);
              actions.onLangChange?.(next);
            }}>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        )}
        <button type="button" aria-label={t('cardTrailLabel', symbol)} onClick={() => actions.onTrail(symbol)}>
          {t('cardTrail')}
        </button>
        {entry?.readable && actions.onRead && (
          <button type="button" aria-label={t('cardReadLabel', symbol)} onClick={() => actions.onRead?.(entry.id)}>
            {t('cardReadAction')}
          </button>
        )}
        <button type="button" aria-label={t('cardCopyLabel', symbol)} onClick={() => void copy()}>
          {t('cardCopy')}
        </button>
        {copyStatus && (
          <span class="status" role="status">
            {copyStatus}
          </span>
        )}
      </div>
    </div>
  );
}
