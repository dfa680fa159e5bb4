/**
 * One paragraph's tokens (from entrypoints/reader/layout.ts) as inline Preact: symbol links
 * carry the same attributes as the overlay's links (`data-unlens-symbol`, `data-unlens-known`),
 * so one card layer serves them; footnote references link down to their footnote.
 */
import type { EntryState } from '@/lib/index/view';
import { footnoteRefAnchor, type Token } from '@/entrypoints/reader/layout';

export interface ReaderTextProps {
  tokens: Token[];
  /** undocs.org (or Digital Library) address of a symbol. */
  hrefFor(symbol: string): string;
  /** What the index knows of each symbol, where known. */
  states: Record<string, EntryState | undefined>;
  /** Label of a footnote reference link, e.g. "Footnote 2". */
  footnoteLabel(n: string): string;
}

export function ReaderText({ tokens, hrefFor, states, footnoteLabel }: ReaderTextProps) {
  return (
    <>
      {tokens.map((tok, i) => {
        switch (tok.type) {
          case 'text':
            return tok.text;
          case 'strong':
            return <strong key={i}>{tok.text}</strong>;
          case 'symbol': {
            const state = states[tok.match.symbol];
            const known = state === 'corpus' || state === 'catalogue' || state === 'cited';
            return (
              <a
                key={i}
                class={`unlens-link${known ? ' unlens-known' : ''}${tok.match.uncertain ? ' unlens-uncertain' : ''}`}
                href={hrefFor(tok.match.symbol)}
                target="_blank"
                rel="noopener noreferrer"
                data-unlens-symbol={tok.match.symbol}
                aria-haspopup="dialog"
                aria-expanded="false"
                aria-keyshortcuts="ArrowDown"
                {...(known ? { 'data-unlens-known': 'true' } : {})}
                {...(tok.match.uncertain ? { 'data-unlens-uncertain': 'true' } : {})}
              >
                {tok.text}
              </a>
            );
          }
          case 'fnref':
            return (
              <sup key={i} class="reader-fnref">
                <a href={`#${tok.anchor}`} {...(tok.first ? { id: footnoteRefAnchor(tok.n) } : {})} aria-label={footnoteLabel(tok.n)}>
                  {tok.n}
                </a>
              </sup>
            );
        }
      })}
    </>
  );
}
