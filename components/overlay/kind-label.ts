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

/** The kind of document `symbol` names, with its session or year where the symbol tells. */
export function kindLabel(symbol: string): string {
  const d = describeSymbol(symbol);
  const kind = t(KIND_KEYS[d.kind]);
  if (d.session) return t('cardKindWith', kind, sessionLabel(d.session, d.special));
  if (d.year) return t('cardKindWith', kind, t('cardYear', d.year));
  return kind;
}
