/**
 * The symbol engine bundled as the extension's build bundles it, for the benches: imported
 * through tsx, as scripts run, every function the engine creates on a call (a family's closures,
 * normalising's `put`) is named at run time by a helper call (tsx keeps names), which made the
 * blocks 18% slower than the built engine and the real pages' short blocks 55% (6 December).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { findSymbols } from '../lib/symbols';

export type FindSymbols = typeof findSymbols;

/** `root`'s lib/symbols (a checkout, or a revision's lib/symbols extracted under it) bundled with esbuild and imported. */
export async function bundledEngine(root: string): Promise<FindSymbols> {
  const dir = mkdtempSync(join(tmpdir(), 'unlens-engine-'));
  try {
    const outfile = join(dir, 'engine.mjs');
    await build({ entryPoints: [join(root, 'lib/symbols/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
    return ((await import(outfile)) as { findSymbols: FindSymbols }).findSymbols;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
