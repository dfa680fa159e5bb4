// @vitest-environment happy-dom
import { beforeAll, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createTranslator, setTranslator } from '@/lib/i18n/t';
import enCard from '../locales/en/card.json';
import enCat from '../locales/en/catalogue.json';
import enGlossary from '../locales/en/glossary.json';
import { FIXTURE_INDEX } from '@/lib/index/fixture';
import { memoryReader } from '@/lib/index/memory-reader';
import { createQueries } from '@/lib/index/queries';
import { fixtureCatalogue } from '@/lib/catalogue/fixture';
import { TrailFocus } from './TrailFocus';

const q = createQueries(memoryReader(FIXTURE_INDEX), fixtureCatalogue());
beforeAll(() => setTranslator(createTranslator({ ...enGlossary, ...enCard, ...enCat })));

it("the panel's adoption line gives the date alone where the catalogue's own line says the adoption, the meeting and the vote", async () => {
  document.body.innerHTML = '<div id="box"></div>';
  const box = document.getElementById('box')!;
  const entry = await q.entry('S/RES/2334 (2016)');
  expect(entry.catalogue?.meeting).toBe('S/PV.7853');
  act(() => render(<TrailFocus entry={entry} actions={{ linkFor: (s) => `https://undocs.org/${s}`, onOpen: vi.fn() }} />, box));
  const meta = [...box.querySelectorAll('.focus-meta')].map((p) => p.textContent ?? '');
  // The catalogue's line beside it says "Adopted 14-0-1 at S/PV.7853": the date is not "Adopted" again.
  expect(meta).toEqual(['December 23, 2016']);
  expect(meta.join(' ')).not.toContain('S/PV.7853');
});
