/**
 * What a resolution does, short enough for a card: the lead of its first operative paragraphs
 * and of its last (usually the follow-up: "Requests the Secretary-General to report …",
 * "决定将……列入……临时议程"), and how many operative paragraphs it has — in the document's own
 * language. Built at index time from the parsed paragraphs; the first preambular paragraph (a
 * list of dates and numbers) never stands in for it.
 */
import type { ParsedParagraph } from './parse';
import { plainText } from './parse';

/** Leads taken from the start of the operative part (the last paragraph's lead is added after them). */
const FIRST_LEADS = 2;
/** Longest lead kept, in characters: a Chinese character carries about as much as a Latin word. */
const MAX_LEAD = { cjk: 26, other: 70 } as const;

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
  // A clause break: Chinese punctuation anywhere; Latin punctuation followed by a space or the end
  // (so "1.5" and "A/RES/70/1," inside the text do not cut it early, but the comma after them does).
  const m = cjk ? /[，；。：;:]/.exec(s) : /[,;:.،؛](?=\s|$)/.exec(s);
  let lead = (m ? s.slice(0, m.index) : s).trim();
  if (lead.length > max) {
    let cut: number = max;
    if (!cj(lead)) {
      const space = lead.lastIndexOf(' ', max);
      if (space > max / 2) cut = space;
    }
    lead = `${lead.slice(0, cut).trimEnd()}…`;
  }
  return lead;
}

function cj(s: string): boolean {
  return /[\u3400-\u9fff]/.test(s.slice(0, 12));
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
