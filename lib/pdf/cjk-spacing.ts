/**
 * Chinese PDFs often come out of text extraction with a space between every glyph
 * ("联 合 国 大 会", "第 7 0 / 1 0 号 决 议"): each glyph is placed on its own, and pdf.js
 * puts a space where it sees a gap. The symbol engine cannot read a citation spelled that way,
 * so such runs are read with their spaces taken out, and the matches are mapped back to the
 * offsets of the text as extracted (which is what the text layer shows). Pure.
 */
import { findSymbols, type FindOptions, type SymbolMatch } from '@/lib/symbols';

/** Han characters and CJK punctuation: a run of spaced glyphs is despaced only if it holds one. */
const HAN = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/**
 * At least two one-character tokens, each parted from the next by exactly one space, not
 * touching a longer word: "号 决 议" in "第 70/10 号 决 议", or the whole "第 7 0 / 1 0 号 决 议".
 */
const SPACED_RUN = /(?<!\S)\S(?: \S)+(?!\S)/gu;

export interface Despaced {
  /** The text with the spaces inside spaced Chinese runs removed. */
  text: string;
  /** For each offset of `text` (and its end), the offset in the original text. */
  toOriginal: number[];
}

/** Removes the spaces inside runs of spaced glyphs that hold a Chinese character. */
export function despaceCjk(text: string): Despaced {
  let out = '';
  const toOriginal: number[] = [];
  let at = 0;
  const copy = (from: number, to: number) => {
    out += text.slice(from, to);
    for (let i = from; i < to; i++) toOriginal.push(i);
  };
  SPACED_RUN.lastIndex = 0;
  for (let m = SPACED_RUN.exec(text); m; m = SPACED_RUN.exec(text)) {
    if (!HAN.test(m[0])) continue;
    copy(at, m.index);
    for (let i = m.index; i < m.index + m[0].length; i++) {
      if (text[i] === ' ') continue;
      out += text[i];
      toOriginal.push(i);
    }
    at = m.index + m[0].length;
  }
  copy(at, text.length);
  toOriginal.push(text.length);
  return { text: out, toOriginal };
}

/**
 * `findSymbols` over text that may hold spaced Chinese runs: the matches carry offsets (and
 * `text`) of the original, so a match spans the spaces it was read across.
 */
export function findSymbolsSpaced(text: string, find?: FindOptions): SymbolMatch[] {
  const d = despaceCjk(text);
  if (d.text.length === text.length) return findSymbols(text, find);
  return findSymbols(d.text, find).map((m) => {
    const start = d.toOriginal[m.start]!;
    const end = d.toOriginal[m.end - 1]! + 1;
    return { ...m, start, end, text: text.slice(start, end) };
  });
}
