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
  const blocks: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.startsWith('sentences.')).sort()) {
    // The fixtures are data modules; their sentences are read as JSON-like literals.
    const src = readFileSync(resolve(dir, f), 'utf8');
    for (const m of src.matchAll(/text: ("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'),/g)) {
      const lit = m[1]!;
      blocks.push(lit.startsWith('"') ? (JSON.parse(lit) as string) : lit.slice(1, -1).replace(/\\n/g, '\n').replace(/\\'/g, "'"));
    }
  }
  return blocks;
}
