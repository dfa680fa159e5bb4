/** The built catalogue's files read in Node (lookup CLI, bench): the manifest and its gzipped parts. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { isCatalogueManifest, type CatalogueManifest, type CataloguePart } from '../lib/catalogue/bundle';

/** The manifest and parts in `dir`; undefined when `dir` holds no catalogue; throws when it holds one this build cannot read. */
export function readCatalogueFiles(dir: string): { manifest: CatalogueManifest; parts: CataloguePart[] } | undefined {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return undefined;
  const manifest: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isCatalogueManifest(manifest)) throw new Error(`${path} is not a catalogue this build reads: run \`npm run build:index\``);
  const parts = manifest.parts.map((p) => JSON.parse(gunzipSync(readFileSync(join(dir, p))).toString('utf8')) as CataloguePart);
  return { manifest, parts };
}
