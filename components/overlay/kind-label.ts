/**
 * A symbol's kind spelled out for readers ("General Assembly resolution, 70th session"), from
 * the symbol alone: what a card says of a document the index does not know.
 */
import { describeSymbol, type SymbolKind } from '@/lib/symbols';
import { t } from '@/lib/i18n/t';

const KIND_KEYS: Record<SymbolKind, string> = {
  'ga-resolution': 'cardKind_gaResolution',
  'ga-decision': 'cardKind_gaDecision',
  'sc-resolution': 'cardKind_scResolution',
  'ecosoc-resolution': 'cardKind_ecosocResolution',
  'ecosoc-decision': 'cardKind_ecosocDecision',
  'hrc-resolution': 'cardKind_hrcResolution',
  'hrc-decision': 'cardKind_hrcDecision',
  'chr-resolution': 'cardKind_chrResolution',
  'unea-resolution': 'cardKind_uneaResolution',
  'unido-resolution': 'cardKind_unidoResolution',
  'unido-decision': 'cardKind_unidoDecision',
  document: 'cardKind_document',
};

/** "70th session", "第 70 届会议", "emergency special session 11", "session XV". */
export function sessionLabel(session: string, special?: 'S' | 'ES'): string {
  if (special === 'S') return t('cardSpecialSession', session);
  if (special === 'ES') return t('cardEmergencySession', session);
  if (!/^\d+$/.test(session)) return t('cardSessionRoman', session);
  const n = Number(session);
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const key = teen ? 'cardSessionNth' : n % 10 === 1 ? 'cardSession1st' : n % 10 === 2 ? 'cardSession2nd' : n % 10 === 3 ? 'cardSession3rd' : 'cardSessionNth';
  return t(key, n);
}

/** The organ a document symbol's first part names ("A/C.2/…" a Main Committee of the Assembly). */
function organOf(symbol: string): string | undefined {
  if (/^A\/HRC\//.test(symbol)) return 'cardOrgan_HRC';
  if (/^A\/C\.\d\//.test(symbol)) return 'cardOrgan_AC';
  // A session next ("A/70/L.8", "A/ES-10/PV.41"); not A/CONF.…, A/AC.… (conferences, subsidiary bodies).
  if (/^A\/(?:(?:ES|S)-)?\d/.test(symbol)) return 'cardOrgan_A';
  if (/^S\/(?:PV|PRST|\d)/.test(symbol)) return 'cardOrgan_S';
  // A year next ("E/2023/L.5"); not E/CN.4/… (its commissions).
  if (/^E\/\d/.test(symbol)) return 'cardOrgan_E';
  return undefined;
}

/**
 * What a document symbol's series part says it is, for symbols no finer kind names: a meeting
 * record (/PV.), a draft (/L., limited distribution), a summary record (/SR.), a Council
 * presidential statement (/PRST/); with its organ where the symbol names one. Undefined for
 * the rest (reports, letters, notes: the symbol does not tell them apart).
 */
function seriesKind(symbol: string): string | undefined {
  if (/\/PRST\//.test(symbol)) return t('cardKindPresidentialStatement');
  const series = /\/PV\.\d/.test(symbol) ? 'MeetingRecord' : /\/L\.\d/.test(symbol) ? 'Draft' : /\/SR\.\d/.test(symbol) ? 'SummaryRecord' : undefined;
  if (!series) return undefined;
  const organ = organOf(symbol);
  return organ ? t(`cardKind${series}Of`, t(organ)) : t(`cardKind${series}`);
}

/** The kind of document `symbol` names, with its session or year where the symbol tells. */
export function kindLabel(symbol: string): string {
  const d = describeSymbol(symbol);
  const kind = (d.kind === 'document' ? seriesKind(symbol) : undefined) ?? t(KIND_KEYS[d.kind]);
  if (d.session) return t('cardKindWith', kind, sessionLabel(d.session, d.special));
  // A statement's year stands after its series: S/PRST/2023/1.
  const year = d.year ?? /^S\/PRST\/(\d{4})\//.exec(symbol)?.[1];
  if (year) return t('cardKindWith', kind, t('cardYear', year));
  return kind;
}
