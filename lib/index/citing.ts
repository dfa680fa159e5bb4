/**
 * What a citing sentence says about the document it cites: the citing verb (回顾, 重申,
 * 注意到 …) and its group, and the date and title it gives ("2015 年 9 月 25 日第 70/1 号决议，
 * 题为'变革我们的世界…'"). Pure; works on markup-free paragraph text and match offsets.
 */
import { isoDate } from '../corpus/parse';
import { findDates } from '../corpus/un-dates';

const AFTER_DATE = /^\s*,?\s*(?:of|dated|du|en date du|de|del|от|المؤرخ|المؤرخة|المؤرخين)\s/i;

// Longest first, so 表示注意到 wins over 注意到.
const VERBS: [string, string][] = [
  ['表示赞赏地注意到', 'notes'],
  ['赞赏地注意到', 'notes'],
  ['表示注意到', 'notes'],
  ['关切地注意到', 'notes'],
  ['注意到', 'notes'],
  ['赞赏地回顾', 'recalls'],
  ['回顾', 'recalls'],
  ['忆及', 'recalls'],
  ['再次申明', 'reaffirms'],
  ['重申', 'reaffirms'],
  ['欢迎', 'welcomes'],
  ['依照', 'pursuant'],
  ['根据', 'pursuant'],
  ['按照', 'pursuant'],
  ['recalling', 'recalls'],
  ['recalls', 'recalls'],
  ['reaffirming', 'reaffirms'],
  ['reaffirms', 'reaffirms'],
  ['taking note', 'notes'],
  ['takes note', 'notes'],
  ['noting', 'notes'],
  ['welcoming', 'welcomes'],
  ['welcomes', 'welcomes'],
  ['pursuant to', 'pursuant'],
  // French, Spanish, Russian, Arabic: the participle of the preamble and the verb of the operative part.
  ['rappelant', 'recalls'],
  ['rappelle', 'recalls'],
  ['réaffirmant', 'reaffirms'],
  ['réaffirme', 'reaffirms'],
  ['prenant note', 'notes'],
  ['prend note', 'notes'],
  ['prenant acte', 'notes'],
  ['prend acte', 'notes'],
  ['notant', 'notes'],
  ['accueillant avec satisfaction', 'welcomes'],
  ['se félicitant', 'welcomes'],
  ['se félicite', 'welcomes'],
  ['saluant', 'welcomes'],
  ['conformément à', 'pursuant'],
  ['en application de', 'pursuant'],
  ['recordando', 'recalls'],
  ['recuerda', 'recalls'],
  ['reafirmando', 'reaffirms'],
  ['reafirma', 'reaffirms'],
  ['tomando nota', 'notes'],
  ['toma nota', 'notes'],
  ['observando', 'notes'],
  ['acogiendo con beneplácito', 'welcomes'],
  ['acoge con beneplácito', 'welcomes'],
  ['de conformidad con', 'pursuant'],
  ['en cumplimiento de', 'pursuant'],
  ['ссылаясь', 'recalls'],
  ['напоминая', 'recalls'],
  ['вновь подтверждая', 'reaffirms'],
  ['вновь подтверждает', 'reaffirms'],
  ['подтверждая', 'reaffirms'],
  ['принимая к сведению', 'notes'],
  ['принимает к сведению', 'notes'],
  ['отмечая', 'notes'],
  ['приветствуя', 'welcomes'],
  ['приветствует', 'welcomes'],
  ['во исполнение', 'pursuant'],
  ['в соответствии с', 'pursuant'],
  ['إذ تشير', 'recalls'],
  ['تشير', 'recalls'],
  ['إذ تعيد تأكيد', 'reaffirms'],
  ['تعيد تأكيد', 'reaffirms'],
  ['تؤكد من جديد', 'reaffirms'],
  ['إذ تحيط علما', 'notes'],
  ['تحيط علما', 'notes'],
  ['إذ تلاحظ', 'notes'],
  ['تلاحظ', 'notes'],
  ['إذ ترحب', 'welcomes'],
  ['ترحب', 'welcomes'],
  ['عملا ب', 'pursuant'],
  ['وفقا ل', 'pursuant'],
];

export interface CitingContext {
  verb?: string;
  verbGroup: string;
  date?: string;
  title?: string;
  /** The clause the citation stands in, trimmed. */
  quote: string;
}

const CLAUSE_END = /[，。；;！？]/;

/** Start and end of the clause (between Chinese commas / full stops) around [start, end). */
function clauseAround(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !CLAUSE_END.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !CLAUSE_END.test(text[e]!)) e++;
  return [s, Math.min(text.length, e + 1)];
}

/** The sentence (up to 。 or ；) before `start`, for the verb that governs a list. */
function sentenceStart(text: string, start: number): number {
  let s = start;
  while (s > 0 && !/[。；;]/.test(text[s - 1]!)) s--;
  return s;
}

/**
 * Reads the context of the citation at [start, end) of `text` (one paragraph, markup-free).
 * The verb is the nearest one before the citation in its sentence; the date and the title are
 * the ones the sentence attaches to this citation (directly before it, or "题为…" right after).
 */
export function citingContext(text: string, start: number, end: number): CitingContext {
  const sStart = sentenceStart(text, start);
  const before = text.slice(sStart, start);
  let verb: string | undefined;
  let group = 'other';
  let best = -1;
  const lower = before.toLowerCase();
  for (const [v, g] of VERBS) {
    const at = lower.lastIndexOf(v);
    if (at > best) {
      best = at;
      verb = before.slice(at, at + v.length);
      group = g;
    }
  }
  const near = text.slice(Math.max(sStart, start - 60), start);
  // "2015 年 9 月 25 日第 70/1 号" / "2016 年 7 月 25 日关于…的第 70/293 号"
  const dateMatch = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:[^，。；、]{0,60}?的)?\s*第?\s*\[?$/.exec(near);
  // "resolution 1145 (XII) of 14 November 1957", "du 15 décembre 1960", "de 30 de diciembre de 2022",
  // "от 20 декабря 1961 года", "المؤرخ 15 آذار/مارس 2006": the date the sentence gives right after the symbol.
  const dateAfter = AFTER_DATE.test(text.slice(end, end + 16)) ? findDates(text.slice(end, end + 60))[0] : undefined;
  const [cs, ce] = clauseAround(text, start, end);
  const clauseBefore = text.slice(cs, start);
  const after = text.slice(end, Math.min(text.length, end + 80));
  let title: string | undefined;
  const titled = /题为\s*[“"‘'「]([^”"’'」]{1,120})[”"’'」]/;
  const afterTitle = /^\s*号?\s*(?:决议|决定)?\s*[，,]?\s*题为\s*[“"‘'「]([^”"’'」]{1,120})[”"’'」]/.exec(after);
  const beforeTitle = titled.exec(clauseBefore);
  if (afterTitle) title = afterTitle[1];
  else if (beforeTitle) title = beforeTitle[1];
  else {
    // "回顾其关于工业发展合作的 1991 年…第 46/151 号、…决议": the subject of the whole list.
    // Only after the governing verb: "…并重申其 … 第 72/279 号" is not about the earlier list's subject.
    const about = /关于([^，。；、“”]{2,40}?)的\s*(?:\d{4}\s*年|第)/.exec(text.slice(sStart + Math.max(0, best), start));
    if (about) title = about[1];
  }
  const quote = text.slice(cs, ce).trim();
  return {
    ...(verb ? { verb } : {}),
    verbGroup: group,
    ...(dateMatch ? { date: isoDate(dateMatch) } : dateAfter && dateAfter.index < 45 ? { date: dateAfter.iso } : {}),
    ...(title ? { title: title.trim() } : {}),
    quote: quote.length > 200 ? `${quote.slice(0, 199)}…` : quote,
  };
}
