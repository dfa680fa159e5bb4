/**
 * Dates as UN documents print them in the six languages → ISO `yyyy-mm-dd`. Pure.
 * "17 November 2015", "Thursday, 13 December 2018", "4 décembre 1959", "1er mars 2020",
 * "15 de junio de 2004", "17 ноября 2015 года", "17 تشرين الثاني/نوفمبر 2015", "2015年11月17日".
 * A day or month that cannot be (31 February, a 13th month) is no date: OCR noise is not read as one.
 */

const MONTHS: Record<string, number> = {};
const add = (names: string, from = 1) => names.split(' ').forEach((n, i) => (MONTHS[n] = from + i));
add('january february march april may june july august september october november december');
add('janvier février mars avril mai juin juillet août septembre octobre novembre décembre');
add('fevrier', 2);
add('aout', 8);
add('decembre', 12);
add('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre');
add('setiembre', 9);
add('января февраля марта апреля мая июня июля августа сентября октября ноября декабря');
add('يناير فبراير مارس أبريل مايو يونيه يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر');
add('يونيو يوليو', 6);
add('ابريل', 4);

const LATIN_MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const RU_MONTH = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
const AR_MONTH = 'يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيه|يونيو|يوليه|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر';

// Day month year, in each script; the Arabic month may follow its Levantine name and a slash.
const DATE_PATTERNS: RegExp[] = [
  new RegExp(`(?<=^|[\\s,(])(\\d{1,2})(?:er|º|°)?\\s+(?:de\\s+)?(${LATIN_MONTH})\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b`, 'gi'),
  new RegExp(`(?<=^|[\\s,(])(\\d{1,2})\\s+(${RU_MONTH})\\s+(\\d{4})`, 'gi'),
  new RegExp(`(?<=^|[\\s,(،])(\\d{1,2})\\s+(?:[\\u0600-\\u06FF]+(?:\\s[\\u0600-\\u06FF]+)?\\s*/\\s*)?(${AR_MONTH})\\s+(\\d{4})`, 'g'),
];
const ZH_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
// US order, as some letters print it ("October 18, 2025").
const US_DATE = new RegExp(`\\b(${LATIN_MONTH.split('|').slice(0, 12).join('|')})\\s+(\\d{1,2}),\\s+(\\d{4})\\b`, 'gi');

const DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function iso(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1945 && year <= 2100) || !(month >= 1 && month <= 12) || !(day >= 1 && day <= DAYS_IN[month - 1]!)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface FoundDate {
  iso: string;
  /** Offset of the date in the text, and its length. */
  index: number;
  length: number;
}

/** Every date in `text`, in order of position. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const re of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const d = iso(Number(m[3]), MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[1]));
      if (d) out.push({ iso: d, index: m.index, length: m[0].length });
    }
  }
  ZH_DATE.lastIndex = 0;
  for (let m = ZH_DATE.exec(text); m; m = ZH_DATE.exec(text)) {
    const d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) out.push({ iso: d, index: m.index, length: m[0].length });
  }
  US_DATE.lastIndex = 0;
  for (let m = US_DATE.exec(text); m; m = US_DATE.exec(text)) {
    const d = iso(Number(m[3]), MONTHS[m[1]!.toLowerCase()] ?? 0, Number(m[2]));
    if (d) out.push({ iso: d, index: m.index, length: m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The first date in `text`, as ISO, or undefined. */
export function firstDate(text: string): string | undefined {
  return findDates(text)[0]?.iso;
}
