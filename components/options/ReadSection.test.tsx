// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createTranslator, setTranslator } from '@/lib/i18n/t';
import type { ReadDoc } from '@/lib/db/db';
import en from '../../locales/en/reading.json';
import options from '../../locales/en/options.json';
import { readFiles } from './ImportSection';
import { ReadSection, type ReadEnv } from './ReadSection';

let box: HTMLElement;
beforeEach(() => {
  setTranslator(createTranslator({ ...options, ...en }));
  document.body.innerHTML = '<div id="box"></div>';
  box = document.getElementById('box')!;
});

const DOC: ReadDoc = { id: 'A/80/500', url: 'https://documents.un.org/x.pdf', readAt: 0, title: 'Letter dated 17 October 2025', size: 7000, symbols: ['A/80/500', 'S/2025/656'] };

function makeEnv(docs: ReadDoc[]): ReadEnv & { docs: ReadDoc[] } {
  const state = { docs: [...docs] };
  return {
    get docs() {
      return state.docs;
    },
    readDocs: vi.fn(async () => state.docs),
    removeRead: vi.fn(async (id: string) => (state.docs = state.docs.filter((d) => d.id !== id))),
    clearRead: vi.fn(async () => (state.docs = [])),
    formatDate: () => 'DATE',
  };
}

async function show(env: ReadEnv, on: boolean | undefined, onToggle = vi.fn()) {
  await act(async () => {
    render(<ReadSection env={env} on={on} onToggle={onToggle} />, box);
  });
  await act(async () => {});
  return onToggle;
}

describe('ReadSection', () => {
  it('lists read documents with their symbols, title, when and where; removes one', async () => {
    const env = makeEnv([DOC]);
    await show(env, true);
    const item = box.querySelector('[data-testid=read-docs] li')!;
    expect(item.textContent).toContain('A/80/500 – S/2025/656');
    expect(item.textContent).toContain('Letter dated 17 October 2025');
    expect(item.textContent).toContain('read DATE · documents.un.org');
    await act(async () => {
      item.querySelector('button')!.click();
    });
    await act(async () => {});
    expect(env.removeRead).toHaveBeenCalledWith('A/80/500');
    expect(box.querySelector('[data-testid=no-read-docs]')).not.toBeNull();
  });

  it('the setting: shown as stored, and turned off on click', async () => {
    const onToggle = await show(makeEnv([]), true);
    const box_ = box.querySelector<HTMLInputElement>('[data-testid=read-to-index]')!;
    expect(box_.checked).toBe(true);
    await act(async () => {
      box_.click();
    });
    expect(onToggle).toHaveBeenCalledWith(false);
  });
});

describe('readFiles', () => {
  it('takes a PDF\'s or HTML file\'s text from the extractor and reads other files as text', async () => {
    const files = [new File(['%PDF-1.7 binary'], 'a.pdf', { type: 'application/pdf' }), new File(['plain text'], 'b.txt')];
    const out = await readFiles(files, undefined, async (f) => (f.name.endsWith('.pdf') ? 'United Nations A/RES/70/10' : undefined));
    expect(out.texts).toEqual([
      { name: 'a.pdf', text: 'United Nations A/RES/70/10', encoding: 'utf-8' },
      { name: 'b.txt', text: 'plain text', encoding: 'utf-8' },
    ]);
  });

  it('reports a file the extractor cannot read, by name', async () => {
    const out = await readFiles([new File(['x'], 'bad.pdf')], undefined, async () => {
      throw new Error('not a readable PDF');
    });
    expect(out.texts).toEqual([]);
    expect(out.unreadable[0]).toMatchObject({ name: 'bad.pdf', ok: false });
  });
});
