/**
 * The catalogue as bundled files (public/index/catalogue/): a manifest and parts, each part a
 * block of records stored column by column (ids together, titles together, votes together),
 * which compresses to about two thirds of the same records as objects. Parts are stored
 * gzipped (`.json.gz`): reading 6.8 MB of JSON out of the extension's own files took most of an
 * install, reading a tenth of it and unzipping takes a third of that time. Every file stays far
 * below 5 MB (Firefox's add-on linter refuses larger ones). Pure.
 */
import { contentHash } from '../index/build';
import type { Terms } from './unbis';
import type { CatalogueRecord } from './types';

export const CATALOGUE_FORMAT = 'un-docs-lens-catalogue';
export const CATALOGUE_VERSION = 2;

export interface CatalogueManifest {
  format: typeof CATALOGUE_FORMAT;
  version: typeof CATALOGUE_VERSION;
  /** Content hash of the records, States and subjects: the same data gives the same version. */
  catalogueVersion: string;
  /** File names of the parts (gzipped JSON: `catalogue-000.json.gz`), beside the manifest, in order. */
  parts: string[];
  /** Primary records in all parts. */
  count: number;
  /** The State list the records' `votes` index. */
  states: string[];
  /** UNBIS terms of the agenda subjects named. */
  subjects: Record<string, Terms>;
}

/** One part: a column per record field (`null` where a record has no value). */
export type CataloguePart = Record<string, unknown[]>;

/** Records → columns. */
export function toColumns(records: readonly CatalogueRecord[]): CataloguePart {
  const keys = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) keys.add(k);
  const part: CataloguePart = {};
  for (const k of [...keys].sort()) part[k] = records.map((r) => (r as unknown as Record<string, unknown>)[k] ?? null);
  return part;
}

/** Columns → records; throws when the columns are not of one length or have no `id`. */
export function fromColumns(part: CataloguePart): CatalogueRecord[] {
  const ids = part.id;
  if (!Array.isArray(ids)) throw new Error('catalogue part has no id column');
  const cols = Object.entries(part);
  for (const [k, v] of cols) if (!Array.isArray(v) || v.length !== ids.length) throw new Error(`catalogue part column ${k} is not ${ids.length} long`);
  return ids.map((_, i) => {
    const r: Record<string, unknown> = {};
    for (const [k, v] of cols) if (v[i] !== null && v[i] !== undefined) r[k] = v[i];
    return r as unknown as CatalogueRecord;
  });
}

const encoder = new TextEncoder();

/** Splits `records` into parts of about `maxPartBytes` of JSON at most, with their manifest. */
export function bundleCatalogue(
  records: readonly CatalogueRecord[],
  states: string[],
  subjects: Record<string, Terms>,
  maxPartBytes = 3_000_000,
): { manifest: CatalogueManifest; parts: CataloguePart[] } {
  const blocks: CatalogueRecord[][] = [[]];
  let size = 0;
  for (const r of records) {
    const bytes = encoder.encode(JSON.stringify(r)).length;
    if (size + bytes > maxPartBytes && blocks[blocks.length - 1]!.length) {
      blocks.push([]);
      size = 0;
    }
    blocks[blocks.length - 1]!.push(r);
    size += bytes;
  }
  const parts = blocks.filter((b) => b.length).map(toColumns);
  const manifest: CatalogueManifest = {
    format: CATALOGUE_FORMAT,
    version: CATALOGUE_VERSION,
    catalogueVersion: contentHash([JSON.stringify(records), JSON.stringify(states), JSON.stringify(subjects)]),
    parts: parts.map((_, i) => `catalogue-${String(i).padStart(3, '0')}.json.gz`),
    count: records.length,
    states,
    subjects,
  };
  return { manifest, parts };
}

/** Whether `m` is a catalogue manifest this extension reads. */
export function isCatalogueManifest(m: unknown): m is CatalogueManifest {
  const o = m as CatalogueManifest | null;
  return (
    !!o &&
    typeof o === 'object' &&
    o.format === CATALOGUE_FORMAT &&
    o.version === CATALOGUE_VERSION &&
    typeof o.catalogueVersion === 'string' &&
    Array.isArray(o.parts) &&
    o.parts.every((p) => typeof p === 'string' && /^[\w.-]+\.json\.gz$/.test(p)) &&
    Array.isArray(o.states) &&
    typeof o.subjects === 'object'
  );
}

/** The records of a manifest's parts, checked against its count. */
export function unbundleCatalogue(manifest: CatalogueManifest, parts: readonly CataloguePart[]): CatalogueRecord[] {
  if (parts.length !== manifest.parts.length) throw new Error(`catalogue has ${manifest.parts.length} parts, got ${parts.length}`);
  const records = parts.flatMap(fromColumns);
  if (records.length !== manifest.count) throw new Error(`catalogue: expected ${manifest.count} records, got ${records.length}`);
  return records;
}
