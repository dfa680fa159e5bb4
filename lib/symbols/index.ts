/**
 * The symbol engine: find UN document symbols and resolution/decision citations in running
 * text (six languages), name them canonically, and link them. Pure TypeScript, no DOM.
 */
export type { Lang, SymbolKind, SymbolMatch, FindOptions } from './types';
export { LANGS } from './types';
export { findSymbols } from './find';
export { parseQuery } from './query';
export { undocsUrl, libraryUrl, linkFor } from './links';
export { describeSymbol, symbolKind, canonicalDocument, type SymbolDescription } from './canonical';
export { scYear } from './sc-years';
