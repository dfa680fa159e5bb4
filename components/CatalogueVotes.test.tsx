// @vitest-environment happy-dom
import { beforeEach, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createTranslator, setTranslator } from '@/lib/i18n/t';
import en from '../locales/en/catalogue.json';
import { CatalogueVotes } from './CatalogueVotes';

let box: HTMLElement;
beforeEach(() => {
  setTranslator(createTranslator(en));
  document.body.innerHTML = '<div id="box"></div>';
  box = document.getElementById('box')!;
});

const VOTES = { symbol: 'A/RES/78/165', yes: ['CHINA', 'INDIA'], no: ['FRANCE', 'UNITED STATES'], abstain: ['UKRAINE'], nonVoting: [] };

it('loads the vote by State on demand, grouped, and highlights my delegation', async () => {
  const load = vi.fn(async () => VOTES);
  const onDelegation = vi.fn();
  act(() => render(<CatalogueVotes symbol="A/RES/78/165" load={load} delegation="FRANCE" onDelegation={onDelegation} />, box));
  expect(load).not.toHaveBeenCalled();
  await act(async () => box.querySelector('button')!.click());
  expect(load).toHaveBeenCalledTimes(1);
  expect([...box.querySelectorAll('details summary')].map((s) => s.textContent)).toEqual(['Yes (2)', 'No (2)', 'Abstain (1)']);
  expect(box.querySelector('[data-group="no"] li.mine')!.textContent).toBe('FRANCE');
  expect(box.querySelector('.cat-mine')!.textContent).toBe('FRANCE voted: No');
  const select = box.querySelector('select')!;
  expect([...select.options].map((o) => o.value)).toEqual(['', 'CHINA', 'FRANCE', 'INDIA', 'UKRAINE', 'UNITED STATES']);
  select.value = 'CHINA';
  await act(async () => void select.dispatchEvent(new Event('change')));
  expect(onDelegation).toHaveBeenCalledWith('CHINA');
});
