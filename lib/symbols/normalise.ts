/**
 * Stage 1 of the pipeline: fold the Unicode noise that real UN pages put inside symbols
 * (full-width forms, Cyrillic/Greek look-alikes, zero-width characters, soft hyphens, odd
 * dashes, markdown link syntax) so the matchers see plain ASCII, while keeping a map from
 * every normalised character back to the original text.
 *
 * Whitespace is not folded: JavaScript's `\s` already covers NBSP, U+3000, thin spaces and
 * line breaks, and the matchers treat all of them alike. Full-width commas and parentheses
 * are accepted by the matchers directly, so Chinese text rarely needs a copy at all.
 */

export interface Normalised {
  text: string;
  /** Original start offset of each normalised character; null when text is unchanged. */
  starts: Int32Array | null;
  /** Original end offset (exclusive) of each normalised character; null when unchanged. */
  ends: Int32Array | null;
}

// Characters that make a copy necessary. Kept narrow so most windows skip the copy.
const NEEDS = /[\u00AD\u200B-\u200D\u2060\uFEFF\u2010-\u2015\u2212\uFF0E\uFF0F\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u0391-\u03A9\u03BF\u0400-\u04FF]|\]\(/;

// Cyrillic and Greek letters drawn like Latin ones. Real UN PDFs contain "А/77/…" with a
// Cyrillic А; they are folded only next to ASCII symbol characters, so Russian words stay.
const LOOKALIKE: Record<string, string> = {
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', І: 'I', Ј: 'J', К: 'K', М: 'M', О: 'O', Р: 'P', Ѕ: 'S', Т: 'T', Х: 'X',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', і: 'i', ѕ: 's',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', ο: 'o',
};

const DROP = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const SYMBOLISH = /[A-Za-z0-9/.\uFF0E\uFF0F\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;

function fold(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return '-';
  return ch;
}

/** Normalise `text`; offsets of the result map back through `starts`/`ends`. */
export function normalise(text: string): Normalised {
  if (!NEEDS.test(text)) return { text, starts: null, ends: null };
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (DROP.test(ch)) continue;
    let o = fold(ch);
    const look = LOOKALIKE[ch];
    if (look !== undefined) {
      const prev = i > 0 ? text[i - 1]! : '';
      const next = i + 1 < n ? text[i + 1]! : '';
      if (SYMBOLISH.test(prev) || SYMBOLISH.test(next)) o = look;
    }
    out.push(o);
    starts.push(i);
    ends.push(i + 1);
  }
  let s = out.join('');
  let st = starts;
  let en = ends;
  // Markdown links "[72/279](#)": keep the visible text, drop the brackets and target, so
  // "第 [72/279](#) 号决议" reads as "第 72/279 号决议".
  if (s.includes('](')) {
    const md = /\[([^[\]\n]{1,80})\]\([^()\s]{0,300}\)/g;
    const o2: string[] = [];
    const s2: number[] = [];
    const e2: number[] = [];
    let last = 0;
    for (let m = md.exec(s); m; m = md.exec(s)) {
      const innerStart = m.index + 1;
      const innerEnd = innerStart + m[1]!.length;
      for (let k = last; k < m.index; k++) (o2.push(s[k]!), s2.push(st[k]!), e2.push(en[k]!));
      for (let k = innerStart; k < innerEnd; k++) (o2.push(s[k]!), s2.push(st[k]!), e2.push(en[k]!));
      last = m.index + m[0].length;
    }
    for (let k = last; k < s.length; k++) (o2.push(s[k]!), s2.push(st[k]!), e2.push(en[k]!));
    s = o2.join('');
    st = s2;
    en = e2;
  }
  return { text: s, starts: Int32Array.from(st), ends: Int32Array.from(en) };
}

/** Map a normalised span back to original offsets. */
export function toOriginal(norm: Normalised, start: number, end: number): [number, number] {
  if (!norm.starts || !norm.ends) return [start, end];
  return [norm.starts[start]!, norm.ends[end - 1]!];
}
