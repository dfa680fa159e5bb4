/**
 * Every interface message of one language, merged from locales/<lang>/*.json as the build does
 * (scripts/build-locales.mjs). Test-only: reads files with node:fs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function allMessages(lang: 'en' | 'zh_CN'): Record<string, string> {
  const dir = join(process.cwd(), 'locales', lang);
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) Object.assign(out, JSON.parse(readFileSync(join(dir, f), 'utf8')));
  return out;
}
