/**
 * The bundled index as files: a manifest and parts, each part small enough for the stores'
 * limits (Firefox's add-on linter refuses any file of 5 MB or more). Pure.
 */
import { INDEX_FORMAT, INDEX_VERSION, type IndexFile } from './types';

export type IndexPart = Pick<IndexFile, 'documents' | 'entries' | 'citations' | 'series' | 'files'>;

export interface BundleManifest {
  format: typeof INDEX_FORMAT;
  version: typeof INDEX_VERSION;
  corpusVersion: string;
  /** File names of the parts, beside the manifest, in order. */
  parts: string[];
  counts: { documents: number; entries: number; citations: number; series: number };
}

const KEYS = ['documents', 'entries', 'citations', 'series', 'files'] as const;
const encoder = new TextEncoder();

/** Splits `index` into parts of at most about `maxPartBytes` of JSON each (a single larger record gets a part of its own). */
export function splitIndex(index: IndexFile, maxPartBytes = 4_000_000): { manifest: BundleManifest; parts: IndexPart[] } {
  const empty = (): IndexPart => ({ documents: [], entries: [], citations: [], series: [], files: [] });
  const parts: IndexPart[] = [empty()];
  let size = 100;
  for (const key of KEYS) {
    for (const item of index[key]) {
      const bytes = encoder.encode(JSON.stringify(item)).length + 1;
      if (size + bytes > maxPartBytes && size > 100) {
        parts.push(empty());
        size = 100;
      }
      (parts[parts.length - 1]![key] as unknown[]).push(item);
      size += bytes;
    }
  }
  const manifest: BundleManifest = {
    format: index.format,
    version: index.version,
    corpusVersion: index.corpusVersion,
    parts: parts.map((_, i) => `part-${String(i).padStart(3, '0')}.json`),
    counts: {
      documents: index.documents.length,
      entries: index.entries.length,
      citations: index.citations.length,
      series: index.series.length,
    },
  };
  return { manifest, parts };
}

/**
 * Joins a manifest and its parts back into one index; throws with a clear message when the
 * manifest is of another format or version, or the parts do not add up to its counts.
 */
export function joinIndex(manifest: BundleManifest, parts: readonly IndexPart[]): IndexFile {
  if (manifest.format !== INDEX_FORMAT) throw new Error(`not a UN Docs Lens index: format ${String(manifest.format)}`);
  if (manifest.version !== INDEX_VERSION) throw new Error(`index version ${manifest.version}; this extension reads version ${INDEX_VERSION}`);
  if (parts.length !== manifest.parts.length) throw new Error(`index has ${manifest.parts.length} parts, got ${parts.length}`);
  const index: IndexFile = {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    corpusVersion: manifest.corpusVersion,
    documents: [],
    entries: [],
    citations: [],
    series: [],
    files: [],
  };
  for (const p of parts) for (const key of KEYS) (index[key] as unknown[]).push(...(p[key] ?? []));
  for (const key of ['documents', 'entries', 'citations', 'series'] as const)
    if (index[key].length !== manifest.counts[key]) throw new Error(`index ${key}: expected ${manifest.counts[key]}, got ${index[key].length}`);
  return index;
}
