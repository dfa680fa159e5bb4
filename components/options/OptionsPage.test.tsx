// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createTranslator, setTranslator } from '@/lib/i18n/t';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from '@/lib/settings';
import type { UserFile } from '@/lib/db/db';
import enOptions from '../../locales/en/options.json';
import zhOptions from '../../locales/zh_CN/options.json';
import enGlossary from '../../locales/en/glossary.json';
import zhGlossary from '../../locales/zh_CN/glossary.json';
import catEn from '../../locales/en/catalogue.json';
import catZh from '../../locales/zh_CN/catalogue.json';
import enStorage from '../../locales/en/storage.json';
import Dexie from 'dexie';
import { encodeText } from '@/lib/import/encode-fixture';

const en = { ...enOptions, ...enGlossary };
const zh = { ...zhOptions, ...zhGlossary };
import { OptionsPage, type OptionsEnv } from './OptionsPage';

let box: HTMLElement;
beforeEach(() => {
  setTranslator(createTranslator({ ...en, ...enStorage }));
  document.body.innerHTML = '<div id="box"></div>';
  box = document.getElementById('box')!;
});

const FILE: UserFile = { id: 'A/RES/77/901', name: 'mine.md', size: 42_000, importedAt: 0, text: '…' };

function makeEnv(over: Partial<OptionsEnv> = {}): OptionsEnv & { stored: Settings } {
  const box_: { stored: Settings } = { stored: { ...DEFAULT_SETTINGS } };
  const env: OptionsEnv & { stored: Settings } = {
    get stored() {
      return box_.stored;
    },
    settings: vi.fn(async () => box_.stored),
    save: vi.fn(async (p: Partial<Settings>) => (box_.stored = normaliseSettings({ ...box_.stored, ...p }))),
    setSite: vi.fn(async (host: string, on: boolean) => {
      const rest = box_.stored.disabledHosts.filter((h) => h !== host);
      return (box_.stored = normaliseSettings({ ...box_.stored, disabledHosts: on ? rest : [...rest, host] }));
    }),
    hosts: ['undocs.org', 'www.un.org'],
    shortcut: vi.fn(async () => 'Alt+Shift+U'),
    browserKind: 'chrome' as const,
    clearTrail: vi.fn(async () => 7),
    indexInfo: vi.fn(async () => ({ corpusVersion: 'abc123', documents: 5, entries: 310, installedAt: 0 })),
    formatDate: () => 'DATE',
    userFiles: vi.fn(async () => [FILE]),
    importFiles: vi.fn(async () => ({ reports: [], dropped: [] })),
    removeFile: vi.fn(async () => []),
    ...over,
  };
  return env;
}

async function show(env: OptionsEnv) {
  await act(async () => {
    render(<OptionsPage env={env} />, box);
  });
  await act(async () => {}); // let the loads settle
}
const q = <T extends Element = HTMLElement>(sel: string) => box.querySelector<T>(sel)!;

describe('OptionsPage', () => {
  it('shows the stored settings, the shortcut, the index and the reader\'s files', async () => {
    await show(makeEnv({ settings: vi.fn(async () => ({ ...DEFAULT_SETTINGS, linkLang: 'zh' as const, disabledHosts: ['www.un.org'] })) }));
    expect(q<HTMLSelectElement>('[data-testid=link-lang]').value).toBe('zh');
    expect(q<HTMLInputElement>('[data-host="undocs.org"]').checked).toBe(true);
    expect(q<HTMLInputElement>('[data-host="www.un.org"]').checked).toBe(false);
    expect(q('[data-testid=shortcut]').textContent).toBe('The trail opens with Alt+Shift+U.');
    expect(box.textContent).toContain('chrome://extensions/shortcuts');
    // No hash or internal word on screen: the corpus version stays out of the text.
    expect(q('[data-testid=index-info]').textContent).toBe('5 documents with their full text, and 305 documents known from what they cite.');
    expect(document.body.textContent).not.toContain('abc123');
    expect(q('[data-testid=user-files]').textContent).toContain('A/RES/77/901');
    expect(q('[data-testid=user-files]').textContent).toContain('42k characters');
  });

  it('saves the link language, the hover delay and a site switched off', async () => {
    const env = makeEnv();
    await show(env);
    const select = q<HTMLSelectElement>('[data-testid=link-lang]');
    await act(async () => {
      select.value = 'fr';
      select.dispatchEvent(new Event('change'));
    });
    expect(env.save).toHaveBeenCalledWith({ linkLang: 'fr' });
    const range = q<HTMLInputElement>('[data-testid=hover-delay]');
    await act(async () => {
      range.value = '900';
      range.dispatchEvent(new Event('input'));
    });
    expect(box.textContent).toContain('900 ms'); // shown while dragging, not saved yet
    expect(env.save).not.toHaveBeenCalledWith({ hoverDelayMs: 900 });
    await act(async () => {
      range.value = '1200';
      range.dispatchEvent(new Event('change'));
    });
    expect(env.save).toHaveBeenCalledWith({ hoverDelayMs: 1200 });
    expect(box.textContent).toContain('1200 ms');
    await act(async () => q('[data-host="undocs.org"]').click());
    expect(env.setSite).toHaveBeenCalledWith('undocs.org', false);
    expect(q<HTMLInputElement>('[data-host="undocs.org"]').checked).toBe(false);
    expect(box.textContent).toContain('Saved.');
  });

  it('says when saving fails', async () => {
    await show(makeEnv({ setSite: vi.fn(async () => Promise.reject(new Error('quota'))) }));
    await act(async () => q('[data-host="undocs.org"]').click());
    await act(async () => {});
    expect(box.textContent).toContain('That could not be saved: quota');
  });

  it('explains Firefox\'s way and an unset shortcut; says when the index is not there yet', async () => {
    await show(makeEnv({ browserKind: 'firefox', shortcut: vi.fn(async () => ''), indexInfo: vi.fn(async () => undefined) }));
    expect(q('[data-testid=shortcut]').textContent).toBe('No shortcut is set for the trail.');
    expect(box.textContent).toContain('about:addons');
    expect(q('[data-testid=index-info]').textContent).toContain('not installed yet');
  });

  it('clears the trail and says how much went', async () => {
    const env = makeEnv();
    await show(env);
    await act(async () => q('[data-testid=clear-trail]').click());
    expect(env.clearTrail).toHaveBeenCalledOnce();
    expect(box.textContent).toContain('Trail cleared (7 steps).');
  });
});

describe('ImportSection', () => {
  async function choose(files: File[]) {
    const input = q<HTMLInputElement>('[data-testid=import-input]');
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change'));
    });
    await act(async () => {});
  }

  it('imports the chosen files as text and reports each by name', async () => {
    const env = makeEnv({
      importFiles: vi.fn(async () => ({
        reports: [
          { name: 'a.md', ok: true, id: 'A/RES/77/901', title: '工业发展合作' },
          { name: 'recipe.txt', ok: false, reason: { key: 'optionsImportRejected', subs: ['no UN heading'] } },
        ],
        dropped: [],
      })),
    });
    await show(env);
    await choose([new File(['## 大 会'], 'a.md'), new File(['Bake'], 'recipe.txt')]);
    expect(env.importFiles).toHaveBeenCalledWith([
      { name: 'a.md', text: '## 大 会', encoding: 'utf-8' },
      { name: 'recipe.txt', text: 'Bake', encoding: 'utf-8' },
    ]);
    const lines = [...box.querySelectorAll('[data-testid=import-reports] li')].map((li) => li.textContent);
    expect(lines).toEqual([
      'a.md: imported as A/RES/77/901 (工业发展合作).',
      'recipe.txt was not imported: it could not be read as a UN document (no UN heading).',
    ]);
    expect(env.userFiles).toHaveBeenCalledTimes(2); // the list is read again after the import
  });

  it('tells apart an earlier file that no longer builds and was removed', async () => {
    const env = makeEnv({
      importFiles: vi.fn(async () => ({
        reports: [{ name: 'a.md', ok: true, id: 'A/RES/77/901' }],
        dropped: [{ name: 'old.md', ok: false, reason: { key: 'optionsImportEmpty', subs: [] } }],
      })),
    });
    await show(env);
    await choose([new File(['x'], 'a.md')]);
    expect(q('[data-testid=dropped-reports]').textContent).toBe('old.md is kept but no longer used: the file is empty. Remove it, or import a corrected file of the same name.');
  });

  it('accepts dropped files too', async () => {
    const env = makeEnv();
    await show(env);
    const drop = new Event('drop', { bubbles: true, cancelable: true }) as Event & { dataTransfer: unknown };
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [new File(['x'], 'd.txt')] } });
    await act(async () => {
      q('[data-testid=drop]').dispatchEvent(drop);
    });
    await act(async () => {});
    expect(env.importFiles).toHaveBeenCalledWith([{ name: 'd.txt', text: 'x', encoding: 'utf-8' }]);
  });

  it('says nothing was imported when the import fails as a whole', async () => {
    await show(makeEnv({ importFiles: vi.fn(async () => Promise.reject(new Error('disk full'))) }));
    await choose([new File(['x'], 'a.md')]);
    await act(async () => {});
    expect(q('[role=alert]').textContent).toBe('Nothing was imported: disk full (nothing was changed)');
  });

  it('names a full disk as such, and says nothing was saved and nothing kept was lost', async () => {
    const full = new Dexie.AbortError('Transaction aborted', Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    await show(makeEnv({ importFiles: vi.fn(async () => Promise.reject(full)) }));
    await choose([new File(['x'], 'a.md')]);
    await act(async () => {});
    const alert = q('[role=alert]').textContent!;
    expect(alert).toMatch(/^Nothing was imported: The disk is full, so nothing was saved; what was kept before is unchanged/);
    expect(alert).not.toContain('could not be read');
  });

  it('with IndexedDB unavailable says so, never "not installed yet" nor "Loading…"', async () => {
    const missing = () => Promise.reject(new Dexie.MissingAPIError('IndexedDB API missing'));
    await show(makeEnv({ settings: vi.fn(missing), indexInfo: vi.fn(missing), userFiles: vi.fn(missing) }));
    await act(async () => {});
    expect(box.textContent).not.toContain('not installed yet');
    expect(box.textContent).not.toContain('Loading…');
    expect(q('[data-testid=index-info]').textContent).toMatch(/^The index cannot be read: The browser's storage for UN Docs Lens cannot be opened/);
    expect(q('[data-testid=user-files-error]').textContent).toMatch(/storage for UN Docs Lens cannot be opened/);
    expect(box.querySelector('[data-testid=no-user-files]')).toBeNull();
  });

  it('an upgrade blocked by another page is named as soon as it happens', async () => {
    let report: ((err: unknown) => void) | undefined;
    await show(makeEnv({ onStorageProblem: (f) => void (report = f) }));
    const { StorageBlockedError } = await import('@/lib/db/storage-errors');
    await act(async () => report!(new StorageBlockedError()));
    expect(box.textContent).toContain('Another open page of UN Docs Lens is still using an older version of its storage');
  });

  it('reads a GB18030 and a UTF-16 file by their bytes and says how each was read', async () => {
    const env = makeEnv({
      importFiles: vi.fn(async (files: { name: string }[]) => ({ reports: files.map((f) => ({ name: f.name, ok: true, id: `A/RES/77/${f.name.length}` })), dropped: [] })),
    });
    await show(env);
    const text = '77/180. 工业发展合作\n\n大会，\n';
    await choose([new File([encodeText(text, 'gb18030')], 'gb.txt'), new File([encodeText(text, 'utf-16le')], 'u16.txt'), new File([encodeText(text, 'utf-8-bom')], 'bom.txt')]);
    for (let i = 0; i < 5 && !box.querySelector('[data-testid=import-reports]'); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(env.importFiles).toHaveBeenCalledWith([
      { name: 'gb.txt', text, encoding: 'gb18030' },
      { name: 'u16.txt', text, encoding: 'utf-16le' },
      { name: 'bom.txt', text, encoding: 'utf-8' },
    ]);
    const lines = [...box.querySelectorAll('[data-testid=import-reports] li')].map((li) => li.textContent);
    expect(lines[0]).toMatch(/\(read as GB18030\)$/);
    expect(lines[1]).toMatch(/\(read as UTF-16 LE\)$/);
    expect(lines[2]).not.toMatch(/read as/);
  });

  it('notes a file retired because the bundle now holds its document', async () => {
    await show(makeEnv({ userFiles: vi.fn(async () => [{ ...FILE, retired: 'bundled' as const, encoding: 'gb18030' }]) }));
    const li = q('[data-testid=user-files] li');
    expect(li.getAttribute('data-retired')).toBe('bundled');
    expect(li.textContent).toContain('Now in the bundled index: the bundled A/RES/77/901 is shown. Your file is kept, unused');
    expect(li.textContent).toContain('(read as GB18030)');
  });

  it('tells the reader plainly that a lost database was put back, until they dismiss it', async () => {
    let notice: import('@/lib/db/reader-copy').RestoreNotice | undefined = { at: 0, cause: 'lost', restored: { settings: 3, trail: 12, userFiles: 2 }, left: { userFiles: 0 } };
    const data = {
      notice: vi.fn(async () => notice),
      dismissNotice: vi.fn(async () => void (notice = undefined)),
      persist: vi.fn(async () => true),
      copyInfo: vi.fn(async () => ({ format: 1 as const, dbId: 'x', at: 0, kinds: { userFiles: { rows: 2, bytes: 10, left: 0 } } })),
      exportBackup: vi.fn(async () => '{}'),
      importBackup: vi.fn(async () => ({})),
    };
    await show(makeEnv({ data }));
    const n = q('[data-testid=restore-notice]');
    expect(n.textContent).toContain('The browser lost this extension\'s database');
    expect(n.textContent).toContain('Put back: 3 settings, 12 trail steps, 2 imported files.');
    expect(q('[data-testid=persisted]').textContent).toBe('The browser keeps this extension\'s data even when disk space runs low.');
    expect(q('[data-testid=copy-info]').textContent).toContain('2 imported files');
    await act(async () => q<HTMLButtonElement>('[data-testid=restore-notice] button').click());
    await act(async () => {});
    expect(data.dismissNotice).toHaveBeenCalled();
    expect(box.querySelector('[data-testid=restore-notice]')).toBeNull();
  });

  it('removes a file and lists the rest', async () => {
    let files = [FILE];
    const env = makeEnv({ userFiles: vi.fn(async () => files), removeFile: vi.fn(async () => ((files = []), [])) });
    await show(env);
    await act(async () => q<HTMLButtonElement>('[data-testid=user-files] button').click());
    await act(async () => {});
    expect(env.removeFile).toHaveBeenCalledWith('A/RES/77/901');
    expect(q('[data-testid=no-user-files]').textContent).toBe('You have not imported any documents.');
  });
});

describe('every string from the message files', () => {
  it('renders only translated text (besides the data shown), with keys that both languages have', async () => {
    const used = new Set<string>();
    setTranslator((key, subs = []) => {
      used.add(key);
      return `⟦${key}${subs.length ? ':' + subs.join('|') : ''}⟧`;
    });
    const env = makeEnv({
      importFiles: vi.fn(async () => ({
        reports: [
          { name: 'a.md', ok: true, id: 'A/RES/77/901' },
          { name: 'b.md', ok: false, reason: { key: 'optionsImportEmpty', subs: [] } },
        ],
        dropped: [],
      })),
    });
    await show(env);
    const input = q<HTMLInputElement>('[data-testid=import-input]');
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'a.md')] });
    await act(async () => void input.dispatchEvent(new Event('change')));
    await act(async () => q('[data-testid=clear-trail]').click());
    await act(async () => {});

    const data = new Set([...env.hosts, FILE.id, FILE.name]);
    const walker = document.createTreeWalker(box, 4 /* SHOW_TEXT */);
    const stray: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent!.trim();
      let rest = text;
      // Strip messages innermost first (a reason is a message inside a message).
      while (/⟦[^⟦⟧]*⟧/.test(rest)) rest = rest.replace(/⟦[^⟦⟧]*⟧/g, '');
      if (text && !data.has(text) && rest.trim()) stray.push(text);
    }
    for (const el of box.querySelectorAll('[aria-label],[title],[placeholder]'))
      for (const a of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v && !/^⟦[^⟦⟧]*⟧$/.test(v)) stray.push(`${a}=${v}`);
      }
    expect(stray).toEqual([]);
    expect(used.size).toBeGreaterThan(30);
    // The catalogue's attribution has its messages in catalogue.json.
    const missing = [...used].filter((k) => !(k in en || k in catEn) || !(k in zh || k in catZh));
    expect(missing).toEqual([]);
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
});
