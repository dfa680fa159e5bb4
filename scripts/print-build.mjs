// Tells a newcomer where the unpacked extensions are after `npm run build`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const out = process.env.UNLENS_OUT_DIR ?? '.output';

for (const [name, dir, how] of [
  ['Chrome', `${out}/chrome-mv3`, 'chrome://extensions → Developer mode → Load unpacked'],
  ['Firefox', `${out}/firefox-mv3`, 'about:debugging#/runtime/this-firefox → Load Temporary Add-on → manifest.json'],
]) {
  const full = resolve(dir);
  if (!existsSync(`${full}/manifest.json`)) {
    console.error(`${name} build missing: ${full}`);
    process.exitCode = 1;
  } else console.log(`${name}: load ${full}  (${how})`);
}
