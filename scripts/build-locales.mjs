// Merges locales/<lang>/*.json (flat { key: message } maps, one file per feature so that
// features never edit the same file) into public/_locales/<lang>/messages.json.
// Fails on a key defined twice or a key missing from a language: every string in both.
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const langs = readdirSync(join(root, 'locales')).sort();
const merged = {};
for (const lang of langs) {
  const out = {};
  const dir = join(root, 'locales', lang);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const messages = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    for (const [key, message] of Object.entries(messages)) {
      if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`${lang}/${file}: bad key ${key}`);
      if (key in out) throw new Error(`${lang}/${file}: key ${key} defined twice`);
      out[key] = { message: String(message) };
    }
  }
  merged[lang] = out;
}
const keys = (l) => new Set(Object.keys(merged[l]));
for (const a of langs)
  for (const b of langs) for (const k of keys(a)) if (!keys(b).has(k)) throw new Error(`message ${k} is in ${a} but not in ${b}`);
for (const lang of langs) {
  mkdirSync(join(root, 'public/_locales', lang), { recursive: true });
  const sorted = Object.fromEntries(Object.entries(merged[lang]).sort(([x], [y]) => x.localeCompare(y)));
  writeFileSync(join(root, 'public/_locales', lang, 'messages.json'), JSON.stringify(sorted, null, 1) + '\n');
}
console.log(`locales: ${langs.join(', ')} (${Object.keys(merged[langs[0]]).length} messages)`);
