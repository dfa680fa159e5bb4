/**
 * The reader page: a corpus document laid out as printed (`?symbol=`), or a documents.un.org
 * PDF rendered with its text layer (`?pdf=`). Every symbol in either is a link with the same
 * card as on UN pages; reading a document puts it on the side panel's trail.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ReaderDocument } from '@/components/ReaderDocument';
import { attachCards, type CardDeps } from '@/components/overlay/cards';
import { t } from '@/lib/i18n/t';
import type { Queries } from '@/lib/index/query';
import type { DocumentRecord } from '@/lib/index/types';
import type { EntryView } from '@/lib/index/view';
import type { ReaderTarget } from '@/lib/pdf/url';
import { findSymbols, linkFor, type Lang, type SymbolMatch } from '@/lib/symbols';
import { toUnLang } from '@/lib/settings';
import { documentName } from '@/lib/trail/names';
import { layoutDocument } from './layout';
import { FindBar } from './FindBar';

/** The original PDF of `symbol` in `lang` through documents.un.org's symbol API (UN-SYMBOLS.md §9: `/` sent as %2F). */
export function originalPdfUrl(symbol: string, lang: Lang): string {
  return `https://documents.un.org/api/symbol/access?s=${encodeURIComponent(symbol)}&l=${lang}&t=pdf`;
}

export interface ReaderEnv {
  target: ReaderTarget;
  queries: Queries;
  /** Language of links when the reader fixed none: see `followDocument`. */
  lang: Lang;
  /** True when links follow the page ("Follow the page" setting): a document's links open in its own language. */
  followDocument?: boolean;
  cards: Omit<CardDeps, 'entry' | 'linkLang'>;
  renderPdf?(url: string, container: HTMLElement, onProgress: (text: string) => void, makeLink: (m: SymbolMatch, part: number) => HTMLElement): Promise<unknown>;
  /** Gives a rendered PDF's text to the index (lib/db/read-docs via the background); resolves to a line for the reader, if any. */
  readToIndex?(url: string, text: string): Promise<string | undefined>;
}

export function App({ env }: { env: ReaderEnv }) {
  const { target } = env;
  const [doc, setDoc] = useState<DocumentRecord>();
  const [entry, setEntry] = useState<EntryView>();
  const [states, setStates] = useState<Record<string, EntryView['state'] | undefined>>({});
  const [error, setError] = useState('');
  const [progress, setProgress] = useState('');
  const [indexed, setIndexed] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  // Links follow the document's language unless the reader fixed one (read at call time: the entry arrives later).
  const langRef = useRef<Lang>(env.lang);
  const docLang = env.followDocument ? toUnLang(entry?.lang) : undefined;
  const linkLang = docLang ?? env.lang;
  langRef.current = linkLang;
  const pdfRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (target.kind !== 'symbol') return;
    void (async () => {
      try {
        const e = await env.queries.entry(target.symbol);
        setEntry(e);
        const d = e.readable ? await env.queries.document(e.id) : undefined;
        if (!d) return setError(t('readerNotInCorpus', target.symbol));
        setDoc(d);
        document.title = `${documentName(e.id, e.title)} — ${t('readerTitle')}`;
        env.cards.visit(e.id, 'read');
        const briefs = await env.queries.briefs([...new Set(e.cites.map((c) => c.symbol))]);
        setStates(Object.fromEntries(Object.entries(briefs).map(([k, b]) => [k, b.state])));
      } catch (err) {
        setError(err instanceof Error ? err.message : String(err));
      }
    })();
  }, []);

  useEffect(() => {
    if (target.kind !== 'pdf' || !env.renderPdf || !pdfRef.current) return;
    const makeLink = (m: SymbolMatch) => {
      const a = document.createElement('a');
      a.href = linkFor(m.symbol, env.lang);
      a.dataset.unlensSymbol = m.symbol;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      return a;
    };
    env
      .renderPdf(target.url, pdfRef.current, (p) => setProgress(t('readerPdfProgress', p)), makeLink)
      .then((out) => {
        setProgress('');
        const text = (out as { text?: unknown } | undefined)?.text;
        if (typeof text === 'string' && text.trim() && env.readToIndex)
          env.readToIndex(target.url, text).then((line) => setIndexed(line ?? ''), () => setIndexed(''));
      })
      .catch((err: unknown) => {
        setProgress('');
        // A PdfError names its message (fetch failed, not a PDF, unreadable); anything else is unreadable.
        const e = err as { key?: string; detail?: string; message?: string };
        setError(e.key && e.detail !== undefined ? t(e.key, e.detail) : t('readerPdfFailed', e.message ?? String(err)));
      });
  }, []);

  // One card layer for every symbol link of the page, the same as on UN pages.
  useEffect(() => {
    if (!rootRef.current) return;
    return attachCards(rootRef.current, { ...env.cards, entry: (s) => env.queries.entry(s), linkLang: () => langRef.current });
  }, []);

  return (
    <div ref={rootRef} class="reader">
      {(doc || target.kind === 'pdf') && <FindBar root={rootRef} />}
      {target.kind === 'none' && <p class="message">{t(target.reason === 'pdfHost' ? 'readerBadHost' : 'readerNoTarget')}</p>}
      {error && (
        <p class="message error" role="alert">
          {error}{' '}
          {target.kind === 'pdf' && (
            <a href={target.url} target="_blank" rel="noopener noreferrer">
              {t('readerOpenNormally')}
            </a>
          )}
          {target.kind === 'symbol' && !target.symbol.startsWith('unstated:') && (
            <a href={linkFor(target.symbol, linkLang)} target="_blank" rel="noopener noreferrer">
              {t('readerOnUndocs')}
            </a>
          )}
        </p>
      )}
      {target.kind === 'symbol' && !doc && !error && <p class="message">{t('readerLoading', documentName(target.symbol))}</p>}
      {progress && (
        <p class="message progress" role="status">
          {progress}
        </p>
      )}
      {doc && (
        <ReaderDocument
          layout={layoutDocument(doc, (text) => findSymbols(text, entry?.body === 'A' ? { body: 'A' } : {}))}
          {...(entry ? { entry } : {})}
          hrefFor={(s) => linkFor(s, linkLang)}
          states={states}
          {...(entry?.official ? { versions: { href: (l: Lang) => linkFor(entry.symbol, l), pdf: originalPdfUrl(entry.symbol, linkLang), current: linkLang } } : {})}
        />
      )}
      {indexed && (
        <p class="message indexed" role="status" data-testid="read-indexed">
          {indexed}
        </p>
      )}
      {target.kind === 'pdf' && <div ref={pdfRef} class="pdf" />}
    </div>
  );
}
