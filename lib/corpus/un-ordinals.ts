/**
 * Session numbers as UN headers spell them, in the six languages → integers. Pure.
 * "Seventieth session", "Seventy-ninth session", "soixante-dix-huitième session",
 * "Quincuagésimo noveno período de sesiones", "Семьдесят девятая сессия",
 * "الدورة التاسعة والسبعون", "第七十届会议", "70th session". A word that is not a number
 * word ("rrwenty-sixth", an OCR misreading) makes the whole numeral unreadable: no guess.
 */
import type { Lang } from '../symbols/types';
import { zhNumber } from './zh-number';

const EN: Record<string, number> = {};
'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'
  .split(' ')
  .forEach((w, i) => (EN[w] = i + 1));
'one two three four five six seven eight nine'.split(' ').forEach((w, i) => (EN[w] = i + 1));
'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').forEach((w, i) => (EN[w] = (i + 2) * 10));
'twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth'.split(' ').forEach((w, i) => (EN[w] = (i + 2) * 10));
EN.hundredth = 100;
EN.hundred = 100;

const FR: Record<string, number> = {
  premier: 1, première: 1, un: 1, unième: 1, deux: 2, deuxième: 2, second: 2, seconde: 2, trois: 3, troisième: 3, quatre: 4, quatrième: 4,
  cinq: 5, cinquième: 5, six: 6, sixième: 6, sept: 7, septième: 7, huit: 8, huitième: 8, neuf: 9, neuvième: 9, dix: 10, dixième: 10,
  onze: 11, onzième: 11, douze: 12, douzième: 12, treize: 13, treizième: 13, quatorze: 14, quatorzième: 14, quinze: 15, quinzième: 15,
  seize: 16, seizième: 16, vingt: 20, vingtième: 20, trente: 30, trentième: 30, quarante: 40, quarantième: 40, cinquante: 50,
  cinquantième: 50, soixante: 60, soixantième: 60, cent: 100, centième: 100,
};

const ES: Record<string, number> = {
  primer: 1, primero: 1, segundo: 2, tercer: 3, tercero: 3, cuarto: 4, quinto: 5, sexto: 6, séptimo: 7, sétimo: 7, septimo: 7, octavo: 8,
  noveno: 9, nono: 9, décimo: 10, decimo: 10, undécimo: 11, duodécimo: 12, vigésimo: 20, trigésimo: 30, cuadragésimo: 40,
  quincuagésimo: 50, sexagésimo: 60, septuagésimo: 70, octogésimo: 80, nonagésimo: 90, centésimo: 100,
};

// Russian: stems, longest first (девяност- before девят-), so any case ending reads.
const RU: [string, number][] = (
  [
    ['одиннадцат', 11], ['двенадцат', 12], ['тринадцат', 13], ['четырнадцат', 14], ['пятнадцат', 15], ['шестнадцат', 16],
    ['семнадцат', 17], ['восемнадцат', 18], ['девятнадцат', 19], ['двадцат', 20], ['двадцать', 20], ['тридцат', 30], ['сорок', 40],
    ['пятидесят', 50], ['пятьдесят', 50], ['шестидесят', 60], ['шестьдесят', 60], ['семидесят', 70], ['семьдесят', 70],
    ['восьмидесят', 80], ['восемьдесят', 80], ['девяност', 90], ['сот', 100], ['перв', 1], ['втор', 2], ['трет', 3], ['четверт', 4],
    ['четвёрт', 4], ['пят', 5], ['шест', 6], ['седьм', 7], ['восьм', 8], ['девят', 9], ['десят', 10],
  ] as [string, number][]
).sort((a, b) => b[0].length - a[0].length);

const AR: Record<string, number> = {
  الأولى: 1, الحادية: 1, الثانية: 2, الثالثة: 3, الرابعة: 4, الخامسة: 5, السادسة: 6, السابعة: 7, الثامنة: 8, التاسعة: 9, العاشرة: 10,
  عشرة: 10, العشرون: 20, الثلاثون: 30, الأربعون: 40, الخمسون: 50, الستون: 60, السبعون: 70, الثمانون: 80, التسعون: 90,
};

/** Without accents: OCR and old typewritten headers drop them ("QUATORZIEME SESSION"). */
const fold = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const FR_FOLDED: Record<string, number> = Object.fromEntries(Object.entries(FR).map(([k, v]) => [fold(k), v]));

function sum(words: string[], value: (w: string) => number | undefined): number | undefined {
  let total = 0;
  let last = 0;
  for (const w of words) {
    const v = value(w);
    if (v === undefined) return undefined;
    // "quatre-vingt": four twenties.
    if (v === 20 && last === 4) total += 80 - 4;
    else total += v;
    last = v;
  }
  return total > 0 ? total : undefined;
}

/** The value of an ordinal (or cardinal) numeral as `lang` spells it, or undefined. */
export function ordinalValue(text: string, lang: Lang): number | undefined {
  const t = text.trim().toLowerCase();
  if (!t) return undefined;
  const digits = /^(\d{1,3})(?:st|nd|rd|th|e|ème|er|re|º|ª|-?я|-?й)?$/.exec(t);
  if (digits) return Number(digits[1]);
  if (lang === 'zh') return zhNumber(t.replace(/^第|届$/g, ''));
  const words = t.split(/[\s\-‑–]+/).filter((w) => w && w !== 'et' && w !== 'y');
  if (lang === 'en') return sum(words, (w) => EN[w]);
  if (lang === 'fr') return sum(words, (w) => FR[w] ?? FR_FOLDED[fold(w)]);
  if (lang === 'es')
    return sum(
      words.flatMap((w) => (/^decimo./.test(w) ? ['decimo', w.slice(6)] : [w])).map((w) => w.replace(/a$/, 'o').replace(/^tercero$/, 'tercer')),
      (w) => ES[w] ?? ES[w.replace(/o$/, '')],
    );
  if (lang === 'ru') return sum(words, (w) => RU.find(([stem]) => w.startsWith(stem))?.[1]);
  return sum(
    words.map((w) => (w.startsWith('و') && !AR[w] ? w.slice(1) : w)),
    (w) => AR[w],
  );
}
