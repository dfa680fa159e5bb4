// `npm run test:e2e`: every browser test under tests/e2e, one file at a time (each starts its
// own browser; the machine has two cores). Chromium tests need Debian's chromium, Firefox tests
// firefox-esr. Locally a missing browser is reported and its tests skipped; with CI=true it is
// a failure, never a skip.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const browsers = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

const files = readdirSync('tests/e2e')
  .filter((f) => f.endsWith('.test.ts'))
  .sort()
  .map((f) => `tests/e2e/${f}`);

let missing = 0;
const runnable = files.filter((f) => {
  const needs = f.includes('firefox') ? 'firefox' : 'chromium';
  if (existsSync(browsers[needs])) return true;
  missing++;
  console.error(`${ci ? 'FAIL' : 'SKIP'}: ${f} needs ${needs} at ${browsers[needs]} (apt-get install -y ${needs === 'firefox' ? 'firefox-esr' : 'chromium'})`);
  return false;
});

if (!runnable.length) {
  console.error('no browser tests could run');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...runnable], { stdio: 'inherit' });
if (ci && missing) process.exit(1);
process.exit(result.status ?? 1);
