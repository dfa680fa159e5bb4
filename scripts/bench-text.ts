// The engine's bench texts (scripts/bench-symbols.ts, scripts/engine-instructions.ts): the corpus's
// Chinese documents with English citation paragraphs between them, and the evaluation sentences as
// blocks. Imports no engine, so a bundle of another checkout's engine can be fed the same text.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const ENGLISH = [
  'Recalling its resolutions 49/108 of 19 December 1994, 51/170 of 16 December 1996 and 53/177,',
  'Security Council resolution 2334 (2016) and the report of the Secretary-General (A/77/447/Add.2),',
  'see https://undocs.org/en/A/75/158 and GC.18/Res.1; page 2/39, 24/7, dated 12/2020.',
].join(' ');

/** About `minBytes` of corpus text interleaved with English citation paragraphs. */
export function benchText(minBytes: number, dir = resolve(import.meta.dirname, '../assets/corpus')): string {
  const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(resolve(dir, f), 'utf8'));
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i++) {
    const piece = docs[i % docs.length]! + '\n' + ENGLISH + '\n';
    parts.push(piece);
    bytes += Buffer.byteLength(piece);
  }
  return parts.join('');
}

/**
 * The evaluation sentences of lib/symbols/fixtures (resolution preambles, lists of resolutions,
 * contents tables, in six languages), one block each, in file order: citation-dense text as the
 * overlay hands it to the engine, a paragraph or a table cell at a time.
 */
export function evaluationBlocks(dir = resolve(import.meta.dirname, '../lib/symbols/fixtures')): string[] {
  return [...evaluationBlocksByLanguage(dir).values()].flat();
}

/** evaluationBlocks by the language of their files ("sentences.ar.news.ts": ar), in file order. */
export function evaluationBlocksByLanguage(dir = resolve(import.meta.dirname, '../lib/symbols/fixtures')): Map<string, string[]> {
  const byLanguage = new Map<string, string[]>();
  for (const f of readdirSync(dir).filter((n) => n.startsWith('sentences.')).sort()) {
    const language = f.split('.')[1]!;
    const blocks = byLanguage.get(language) ?? [];
    byLanguage.set(language, blocks);
    // The fixtures are data modules; their sentences are read as JSON-like literals.
    const src = readFileSync(resolve(dir, f), 'utf8');
    for (const m of src.matchAll(/text: ("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'),/g)) {
      const lit = m[1]!;
      blocks.push(lit.startsWith('"') ? (JSON.parse(lit) as string) : lit.slice(1, -1).replace(/\\n/g, '\n').replace(/\\'/g, "'"));
    }
  }
  return byLanguage;
}

// Where a page's blocks end: table cells, paragraphs, list items, headings, line breaks.
const BLOCK_EDGE = /<\/?(?:td|th|tr|p|li|div|h[1-6]|br|table|section|article|dd|dt|blockquote)\b[^>]*>/i;
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|#(\d+)|#x([0-9a-f]+));/gi;
const NAMED: Record<string, string> = { '&nbsp;': '\u00a0', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/**
 * The text blocks of the real UN pages the browser tests serve (tests/e2e/real-pages/html: the
 * Security Council's tables of resolutions, the Digital Library's pages), cut where the overlay's
 * blocks end (cells, paragraphs, list items), their markup dropped and spaces collapsed: text as
 * readers meet it, most blocks without a citation. An approximation of the overlay's own reading
 * (no layout), enough to time the engine on.
 */
export function realPageBlocks(dir = resolve(import.meta.dirname, '../tests/e2e/real-pages/html')): string[] {
  const blocks: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.html')).sort()) {
    const html = readFileSync(resolve(dir, f), 'utf8').replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
    for (const part of html.split(BLOCK_EDGE)) {
      const text = part
        .replace(/<[^>]*>/g, '')
        .replace(ENTITY, (e, dec?: string, hex?: string) => (dec ? String.fromCharCode(Number(dec)) : hex ? String.fromCharCode(parseInt(hex, 16)) : (NAMED[e.toLowerCase()] ?? e)))
        .replace(/\s+/g, ' ')
        .trim();
      if (text.length > 1) blocks.push(text);
    }
  }
  return blocks;
}
