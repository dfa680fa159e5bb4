/**
 * What a resolution does, short enough for a card: the lead of its first operative paragraph
 * and of its last (usually the follow-up: "Requests the Secretary-General to report …",
 * "决定将……列入……临时议程"), and how many operative paragraphs it has — in the document's own
 * language. Built at index time from the parsed paragraphs; the first preambular paragraph (a
 * list of dates and numbers) never stands in for it.
 */
import type { ParsedParagraph } from './parse';
import { plainText } from './parse';

/** Leads taken from the start of the operative part (the last paragraph's lead is added after them). */
const FIRST_LEADS = 1;
/**
 * Longest lead kept, in characters: a Chinese character carries about as much as a Latin word.
 * Two leads and the count fit the card's three lines.
 */
const MAX_LEAD = { cjk: 24, other: 60 } as const;

const COUNT: Record<string, (n: number) => string> = {
  zh: (n) => `（执行部分共 ${n} 段）`,
  en: (n) => ` (${n} operative paragraph${n === 1 ? '' : 's'})`,
  fr: (n) => ` (${n} paragraphe${n === 1 ? '' : 's'} du dispositif)`,
  es: (n) => ` (${n} párrafo${n === 1 ? '' : 's'} dispositivo${n === 1 ? '' : 's'})`,
  ru: (n) => ` (пунктов постановляющей части: ${n})`,
  ar: (n) => ` (عدد فقرات المنطوق: ${n})`,
};

/** The paragraph's number as printed ("12. ", "12．", "(a) ") and markup, taken off. */
function bare(text: string): string {
  return plainText(text)
    .replace(/^\s*(?:\d{1,3}\s*[.．、]|\(\s*[a-z]\s*\))\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The lead of one operative paragraph: its text up to the first clause break (a comma, semicolon,
 * colon or full stop that is not inside a number), cut to `max` characters at a word break.
 */
export function leadOf(text: string, cjk: boolean): string {
  const s = bare(text);
  const max = cjk ? MAX_LEAD.cjk : MAX_LEAD.other;
  let lead = s.slice(0, clauseEnd(s, cjk)).trim();
  if (lead.length > max) {
    let cut: number = max;
    if (!cjk) {
      const space = lead.lastIndexOf(' ', max);
      if (space > max / 2) cut = space;
    }
    let kept = lead.slice(0, cut);
    // A cut inside a title or a parenthesis leaves it open: cut before it instead.
    const open = Math.max(kept.lastIndexOf('《'), kept.lastIndexOf('“'), kept.lastIndexOf('('), kept.lastIndexOf('（'));
    if (open > 0 && !/[》”)）]/.test(kept.slice(open))) kept = kept.slice(0, open);
    lead = `${kept.trimEnd()}…`;
  }
  return lead;
}

const OPENERS = '《“(（「';
const CLOSERS = '》”)）」';

/**
 * Where the first clause of `s` ends: at Chinese punctuation, or Latin punctuation followed by a
 * space or the end (so "1.5" and "A/RES/70/1" do not end it, the comma after them does) — never
 * inside a title or a parenthesis ("注意到《利马宣言：……》，" ends after the title).
 */
function clauseEnd(s: string, cjk: boolean): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (cjk ? '，；。：;:' : ',;:.،؛').includes(c) && (cjk || i + 1 === s.length || s[i + 1] === ' ')) return i;
  }
  return s.length;
}

/**
 * The digest of a document from its paragraphs, or undefined when it has no operative part.
 * `lang` is the document's language ('zh', 'en', …): it picks the separator and the count's words.
 */
export function digestOf(paragraphs: readonly ParsedParagraph[], lang: string): string | undefined {
  const operative = paragraphs.filter((p) => p.at.part === 'operative');
  if (operative.length === 0) return undefined;
  // Sub-paragraphs ("(a)") continue their paragraph: only numbered paragraphs lead.
  const numbered = operative.filter((p) => !/^\s*\(\s*[a-z]\s*\)/.test(plainText(p.text)));
  const paras = numbered.length ? numbered : operative;
  const cjk = lang === 'zh';
  const picked = paras.length <= FIRST_LEADS + 1 ? paras : [...paras.slice(0, FIRST_LEADS), paras[paras.length - 1]!];
  const leads = picked.map((p) => leadOf(p.text, cjk)).filter(Boolean);
  if (leads.length === 0) return undefined;
  // A gap between the first leads and the last one is shown as such.
  const skipped = paras.length > picked.length;
  const sep = cjk ? '；' : '; ';
  const head = skipped ? `${leads.slice(0, -1).join(sep)}${sep}…${sep}${leads[leads.length - 1]}` : leads.join(sep);
  const count = (COUNT[lang] ?? COUNT.en!)(paras.length);
  return `${head}${count}`;
}
