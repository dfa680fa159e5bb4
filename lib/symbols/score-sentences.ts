/**
 * Scoring of the engine against a labelled evaluation set: a found match counts as right when
 * the sentence's labels hold the same [text, symbol] pair (each label used once), so a match
 * with the right span but the wrong organ is both a false positive and a miss.
 */
import type { EvalSentence } from './fixtures/eval-types';
import { findSymbols } from './find';

export interface Score {
  sentences: number;
  expected: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  /** Sentences where the engine and the labels disagree, for the report. */
  errors: { source: string; text: string; missed: string[]; wrong: string[] }[];
}

const key = (text: string, symbol: string) => `${text.replace(/\s+/g, ' ')} → ${symbol}`;

/** Score `findSymbols` on `set`; precision and recall are 1 when there is nothing to count. */
export function scoreSentences(set: readonly EvalSentence[]): Score {
  let expected = 0;
  let found = 0;
  let correct = 0;
  const errors: Score['errors'] = [];
  for (const s of set) {
    const want = new Map<string, number>();
    for (const [t, sym] of s.expect) want.set(key(t, sym), (want.get(key(t, sym)) ?? 0) + 1);
    const got = findSymbols(s.text, s.body ? { body: s.body } : {});
    const wrong: string[] = [];
    for (const m of got) {
      const k = key(m.text, m.symbol);
      const left = want.get(k) ?? 0;
      if (left > 0) {
        want.set(k, left - 1);
        correct++;
      } else wrong.push(k);
    }
    const missed = [...want].flatMap(([k, n]) => Array<string>(n).fill(k));
    expected += s.expect.length;
    found += got.length;
    if (missed.length || wrong.length) errors.push({ source: s.source, text: s.text, missed, wrong });
  }
  return {
    sentences: set.length,
    expected,
    found,
    correct,
    precision: found ? correct / found : 1,
    recall: expected ? correct / expected : 1,
    errors,
  };
}
