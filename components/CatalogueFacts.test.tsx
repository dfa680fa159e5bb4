// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createTranslator, setTranslator } from '@/lib/i18n/t';
import enCard from '../locales/en/card.json';
import enCat from '../locales/en/catalogue.json';
import zhCard from '../locales/zh_CN/card.json';
import zhCat from '../locales/zh_CN/catalogue.json';
import { FIXTURE_INDEX } from '@/lib/index/fixture';
import { memoryReader } from '@/lib/index/memory-reader';
import { createQueries } from '@/lib/index/queries';
import { fixtureCatalogue } from '@/lib/catalogue/fixture';
import { Card, type CardActions } from './Card';

const q = createQueries(memoryReader(FIXTURE_INDEX), fixtureCatalogue());

let box: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="box"></div>';
  box = document.getElementById('box')!;
});

const actions = (): CardActions => ({ linkLang: 'en', onOpen: vi.fn(), onTrail: vi.fn(), onCopy: vi.fn(async () => undefined) });

async function show(symbol: string) {
  const entry = await q.entry(symbol);
  act(() => render(<Card model={{ symbol: entry.id, entry, uncertain: false, read: false }} actions={actions()} />, box));
  return box.querySelector<HTMLElement>('[role="dialog"]')!;
}

describe('Card with catalogue facts, English interface', () => {
  beforeEach(() => setTranslator(createTranslator({ ...enCard, ...enCat })));

  it('a Council resolution: title, date, body and year, "adopted 14-0-1 at S/PV.7853" with a vote bar, subject, related links', async () => {
    const d = await show('S/RES/2334 (2016)');
    expect(d.getAttribute('data-state')).toBe('catalogue');
    expect(d.querySelector('[data-badge="catalogue"]')!.textContent).toBe('in catalogue');
    expect(d.querySelector('.title')!.getAttribute('lang')).toBe('en');
    expect(d.querySelector('.title')!.textContent).toContain('Cessation of Israeli settlement activities');
    expect(d.querySelector('.meta time')!.getAttribute('datetime')).toBe('2016-12-23');
    // Body and year, and the meeting, are each said once: the kind line and the catalogue's adoption line.
    expect(d.querySelector('.kind')!.textContent).toBe('Security Council resolution, 2016');
    expect(d.querySelector('.cat-where')).toBeNull();
    // The date stands alone: the catalogue's line says "Adopted", once.
    expect(d.querySelector('.meta')!.textContent).toBe('December 23, 2016');
    expect(d.querySelector('.cat-adoption')!.textContent).toBe('Adopted 14-0-1 at S/PV.7853');
    expect(d.textContent!.match(/Adopted/g)).toHaveLength(1);
    expect(d.querySelector('.cat-adoption a')!.getAttribute('href')).toBe('https://undocs.org/en/S/PV.7853');
    expect(d.querySelector('.votebar')!.getAttribute('aria-label')).toBe('14 in favour, 0 against, 1 abstaining');
    expect(d.querySelector('.cat-subject')!.textContent).toBe('Subject: TERRITORIES OCCUPIED BY ISRAEL · PALESTINE QUESTION · MIDDLE EAST SITUATION');
    expect([...d.querySelectorAll('.cat-related a')].map((a) => a.textContent)).toEqual(['S/PV.7853']);
  });

  it('the meeting that adopted it, and the report a resolution was adopted on', async () => {
    const m = await show('S/PV.7853');
    expect(m.querySelector('.kind')!.textContent).toBe('Security Council meeting');
    expect(m.querySelector('.cat-relation')!.textContent).toBe('The meeting that adopted S/RES/2334 (2016), 14-0-1');
    const r = await show('A/78/464/Add.2');
    expect(r.querySelector('.cat-relation')!.textContent).toBe('The committee report on which A/RES/78/165 was adopted');
  });

  it('a vetoed draft says who vetoed it, the tally and the meeting', async () => {
    const d = await show('S/2016/846');
    expect(d.querySelector('.cat-adoption')!.textContent).toBe('Vetoed by Russian Federation, 11-2-2, at S/PV.7785');
  });
});

describe('Card with catalogue facts, Chinese interface', () => {
  beforeEach(() => setTranslator(createTranslator({ ...zhCard, ...zhCat })));

  it('Chinese labels, the UNBIS subject in Chinese, the English title marked as English', async () => {
    const d = await show('S/RES/2334 (2016)');
    expect(d.querySelector('[data-badge="catalogue"]')!.textContent).toBe('目录收录');
    expect(d.querySelector('.cat-adoption')!.textContent).toBe('在 S/PV.7853 以 14-0-1 票通过');
    expect(d.querySelector('.cat-where')).toBeNull();
    expect(d.querySelector('.meta')!.textContent).not.toContain('S/PV.7853');
    expect(d.querySelector('.cat-subject')!.textContent).toContain('巴勒斯坦问题');
    expect(d.querySelector('.cat-subject')!.textContent).toContain('中东局势');
    const title = d.querySelector('.title')!;
    expect(title.getAttribute('lang')).toBe('en');
    expect(title.querySelector('.lang-note')!.textContent).toBe('（英文标题）');
  });
});
