/**
 * Citation strings in the forms readers paste into their own work: the bare symbol, the UN's
 * own editorial style, Bluebook (rule 21.7), OSCOLA (international materials) and the Chinese
 * form used by the UN's Chinese documents. Pure: no DOM, no browser.
 */
import type { SymbolKind } from '../symbols/types';
import type { EntryView } from '../index/view';

export type CitationStyle = 'symbol' | 'un' | 'bluebook' | 'oscola' | 'zh';
export const CITATION_STYLES: readonly CitationStyle[] = ['symbol', 'un', 'bluebook', 'oscola', 'zh'];

/** What a citation needs of an entry (an EntryView satisfies it). */
export type CitableEntry = Pick<EntryView, 'symbol' | 'id' | 'official' | 'kind' | 'title' | 'date'>;

interface IssuerNames {
  un: string;
  bluebook: string;
  oscola: string;
  zh: string;
  /** 'resolution' or 'decision', in the three English styles' spelling. */
  act: 'res' | 'dec';
}

const ISSUERS: Partial<Record<SymbolKind, IssuerNames>> = {
  'ga-resolution': { un: 'General Assembly', bluebook: 'G.A.', oscola: 'UNGA', zh: '大会', act: 'res' },
  'ga-decision': { un: 'General Assembly', bluebook: 'G.A.', oscola: 'UNGA', zh: '大会', act: 'dec' },
  'sc-resolution': { un: 'Security Council', bluebook: 'S.C.', oscola: 'UNSC', zh: '安全理事会', act: 'res' },
  'ecosoc-resolution': { un: 'Economic and Social Council', bluebook: 'E.S.C.', oscola: 'ECOSOC', zh: '经济及社会理事会', act: 'res' },
  'ecosoc-decision': { un: 'Economic and Social Council', bluebook: 'E.S.C.', oscola: 'ECOSOC', zh: '经济及社会理事会', act: 'dec' },
  'hrc-resolution': { un: 'Human Rights Council', bluebook: 'Human Rights Council', oscola: 'UNHRC', zh: '人权理事会', act: 'res' },
  'hrc-decision': { un: 'Human Rights Council', bluebook: 'Human Rights Council', oscola: 'UNHRC', zh: '人权理事会', act: 'dec' },
  'chr-resolution': { un: 'Commission on Human Rights', bluebook: "Comm'n on Human Rights", oscola: 'UNCHR', zh: '人权委员会', act: 'res' },
  'unea-resolution': { un: 'United Nations Environment Assembly', bluebook: "U.N. Env't Assemb.", oscola: 'UNEA', zh: '联合国环境大会', act: 'res' },
  'unido-resolution': { un: 'UNIDO General Conference', bluebook: 'UNIDO Gen. Conf.', oscola: 'UNIDO General Conference', zh: '工发组织大会', act: 'res' },
  'unido-decision': { un: 'UNIDO Industrial Development Board', bluebook: 'UNIDO Indus. Dev. Bd.', oscola: 'UNIDO Industrial Development Board', zh: '工业发展理事会', act: 'dec' },
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Bluebook T12 month abbreviations.
const BLUEBOOK_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

interface DateParts {
  y: number;
  m?: number;
  d?: number;
}

/** Reads an ISO date (yyyy, yyyy-mm or yyyy-mm-dd); undefined for anything else. */
function parseDate(iso: string | undefined): DateParts | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso?.trim() ?? '');
  if (!m) return undefined;
  const y = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const d = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return { y };
  if (d !== undefined && (d < 1 || d > 31)) return { y, m: month };
  return { y, m: month, d };
}

function dateDayMonthYear(p: DateParts): string {
  if (p.m === undefined) return String(p.y);
  const month = MONTHS[p.m - 1]!;
  return p.d === undefined ? `${month} ${p.y}` : `${p.d} ${month} ${p.y}`;
}

function dateBluebook(p: DateParts): string {
  if (p.m === undefined) return String(p.y);
  const month = BLUEBOOK_MONTHS[p.m - 1]!;
  return p.d === undefined ? `${month} ${p.y}` : `${month} ${p.d}, ${p.y}`;
}

function dateZh(p: DateParts): string {
  return `${p.y}年${p.m !== undefined ? `${p.m}月` : ''}${p.m !== undefined && p.d !== undefined ? `${p.d}日` : ''}`;
}

/**
 * The number a resolution or decision is cited by, without its body's prefix:
 * A/RES/77/180 → 77/180, S/RES/2334 (2016) → 2334 (2016), UNEP/EA.5/RES.14 → 5/14,
 * E/CN.4/RES/1996/85 → 1996/85. UNIDO acts keep their full symbol (that is how they are cited).
 */
export function actNumber(symbol: string, kind: SymbolKind): string {
  switch (kind) {
    case 'ga-resolution':
    case 'ga-decision':
      return symbol.replace(/^A\/(?:RES|DEC)\//, '').replace(/^(\d+)\s*\(/, '$1 (');
    case 'sc-resolution':
      return symbol.replace(/^S\/RES\//, '').replace(/^(\d+)\s*\(/, '$1 (');
    case 'ecosoc-resolution':
    case 'ecosoc-decision':
      return symbol.replace(/^E\/(?:RES|DEC)\//, '').replace(/^(\d+)\s*\(/, '$1 (');
    case 'hrc-resolution':
    case 'hrc-decision':
      return symbol.replace(/^A\/HRC\/(?:RES|DEC)\//, '');
    case 'chr-resolution':
      return symbol.replace(/^E\/CN\.4\/RES\//, '');
    case 'unea-resolution': {
      const m = /^UNEP\/EA\.(\d+)\/RES\.(\d+)$/i.exec(symbol);
      return m ? `${m[1]}/${m[2]}` : symbol;
    }
    default:
      return symbol;
  }
}

/** A pinpoint as the reader typed it ("3", "para. 3", "¶3", "第3段") reduced to the paragraph number. */
export function normalisePinpoint(pinpoint: string | undefined): string | undefined {
  const p = (pinpoint ?? '')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .replace(/^(?:paras?\.?|paragraphs?|¶+|第)\s*/i, '')
    .replace(/\s*段$/, '')
    .trim();
  return p ? p.slice(0, 40) : undefined;
}

// SC resolutions carry their year in the number; Bluebook and OSCOLA give the year in the date instead.
function withoutYear(n: string, kind: SymbolKind): string {
  return kind === 'sc-resolution' ? n.replace(/\s*\(\d{4}\)$/, '') : n;
}

/**
 * The citation of `entry` in `style`, with a paragraph `pinpoint` when given ("3", "3(a)").
 *
 * Examples for A/RES/77/180 of 2022-12-14:
 * - symbol:   `A/RES/77/180`
 * - un:       `General Assembly resolution 77/180 of 14 December 2022`
 * - bluebook: `G.A. Res. 77/180, U.N. Doc. A/RES/77/180 (Dec. 14, 2022)`
 * - oscola:   `UNGA Res 77/180 (14 December 2022) UN Doc A/RES/77/180`
 * - zh:       `2022年12月14日大会第77/180号决议`
 *
 * An entry whose id is not an official symbol is cited by its title and date only, never by
 * its id. Missing dates are left out rather than guessed. Never throws.
 */
export function formatCitation(entry: CitableEntry, style: CitationStyle, pinpoint?: string): string {
  const para = normalisePinpoint(pinpoint);
  const date = parseDate(entry.date);
  const title = entry.title?.trim() || undefined;
  if (!entry.official) return unofficial(title ?? entry.id, date, style, para);

  const symbol = entry.symbol;
  const issuer = ISSUERS[entry.kind];
  if (style === 'symbol') return para ? `${symbol}, para. ${para}` : symbol;
  if (!issuer) return documentCitation(symbol, title, date, style, para);

  const n = actNumber(symbol, entry.kind);
  switch (style) {
    case 'un': {
      const act = issuer.act === 'res' ? 'resolution' : 'decision';
      const head = `${issuer.un} ${act} ${n}${date ? ` of ${dateDayMonthYear(date)}` : ''}`;
      return para ? `paragraph ${para} of ${head}` : head;
    }
    case 'bluebook': {
      const act = issuer.act === 'res' ? 'Res.' : 'Dec.';
      const num = withoutYear(n, entry.kind);
      const doc = num === symbol ? '' : `, U.N. Doc. ${symbol}`;
      return `${issuer.bluebook} ${act} ${num}${para ? `, ¶ ${para}` : ''}${doc}${date ? ` (${dateBluebook(date)})` : ''}`;
    }
    case 'oscola': {
      const act = issuer.act === 'res' ? 'Res' : 'Dec';
      const num = withoutYear(n, entry.kind);
      const doc = num === symbol ? '' : ` UN Doc ${symbol}`;
      return `${issuer.oscola} ${act} ${num}${date ? ` (${dateDayMonthYear(date)})` : ''}${doc}${para ? `, para ${para}` : ''}`;
    }
    case 'zh': {
      const act = issuer.act === 'res' ? '决议' : '决定';
      const number = n === symbol ? n : `第${n.replace(/ \(/, '(')}`;
      return `${date ? dateZh(date) : ''}${issuer.zh}${number}号${act}${para ? `第${para}段` : ''}`;
    }
  }
}

// Reports and other documents: cited by title (when known) and symbol.
function documentCitation(symbol: string, title: string | undefined, date: DateParts | undefined, style: CitationStyle, para?: string): string {
  switch (style) {
    case 'symbol':
    case 'un':
      return `${title ? `${title} (${symbol})` : symbol}${date ? `, ${dateDayMonthYear(date)}` : ''}${para ? `, para. ${para}` : ''}`;
    case 'bluebook':
      return `${title ? `${title}, ` : ''}${para ? `¶ ${para}, ` : ''}U.N. Doc. ${symbol}${date ? ` (${dateBluebook(date)})` : ''}`;
    case 'oscola':
      return `${title ? `${title} ` : ''}${date ? `(${dateDayMonthYear(date)}) ` : ''}UN Doc ${symbol}${para ? `, para ${para}` : ''}`;
    case 'zh':
      return `${date ? `${dateZh(date)}` : ''}${title ? `《${title}》` : ''}（${symbol}）${para ? `第${para}段` : ''}`;
  }
}

function unofficial(name: string, date: DateParts | undefined, style: CitationStyle, para?: string): string {
  switch (style) {
    case 'zh':
      return `${date ? dateZh(date) : ''}《${name}》${para ? `第${para}段` : ''}`;
    case 'bluebook':
      return `${name}${para ? `, ¶ ${para}` : ''}${date ? ` (${dateBluebook(date)})` : ''}`;
    case 'oscola':
      return `${name}${date ? ` (${dateDayMonthYear(date)})` : ''}${para ? `, para ${para}` : ''}`;
    default:
      return `${name}${date ? `, ${dateDayMonthYear(date)}` : ''}${para ? `, para. ${para}` : ''}`;
  }
}
