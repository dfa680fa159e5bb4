import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LensDB } from './db';
import { getSettings, isSiteEnabled, mirrorSettings, saveSettings, setSiteEnabled } from './settings-store';
import { DEFAULT_SETTINGS, mirroredSettings, SETTINGS_MIRROR_KEY } from '../settings';

let db: LensDB;
let n = 0;
beforeEach(() => {
  db = new LensDB(`settings-test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('settings-store', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    [{ linkLang: 'zh' as const }, { ...DEFAULT_SETTINGS, linkLang: 'zh' }],
    [{ hoverDelayMs: 250 }, { ...DEFAULT_SETTINGS, hoverDelayMs: 250 }],
    [{ hoverDelayMs: 99999 }, { ...DEFAULT_SETTINGS, hoverDelayMs: 3000 }],
    [{ linkLang: 'de' as never }, DEFAULT_SETTINGS],
    [{ disabledHosts: [' Press.UN.org ', 'press.un.org'] }, { ...DEFAULT_SETTINGS, disabledHosts: ['press.un.org'] }],
  ])('saves %j as %j and reads it back', async (partial, expected) => {
    expect(await saveSettings(partial, db)).toEqual(expected);
    expect(await getSettings(db)).toEqual(expected);
  });

  it('merges partial saves instead of replacing', async () => {
    await saveSettings({ linkLang: 'fr' }, db);
    await saveSettings({ hoverDelayMs: 800 }, db);
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, linkLang: 'fr', hoverDelayMs: 800 });
  });

  it('reads damaged rows as defaults', async () => {
    await db.settings.bulkPut([
      { key: 'linkLang', value: 42 },
      { key: 'hoverDelayMs', value: 'soon' },
      { key: 'disabledHosts', value: 'www.un.org' },
    ]);
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('switches sites off and on again', async () => {
    await setSiteEnabled('www.un.org', false, db);
    await setSiteEnabled('press.un.org', false, db);
    let s = await getSettings(db);
    expect(s.disabledHosts).toEqual(['press.un.org', 'www.un.org']);
    expect(isSiteEnabled(s, 'WWW.UN.ORG')).toBe(false);
    expect(isSiteEnabled(s, 'undocs.org')).toBe(true);
    await setSiteEnabled('www.un.org', true, db);
    await setSiteEnabled('www.un.org', true, db);
    s = await getSettings(db);
    expect(s.disabledHosts).toEqual(['press.un.org']);
  });

  it('survives the database being closed and opened again (an extension reload)', async () => {
    await saveSettings({ linkLang: 'ru', disabledHosts: ['undocs.org'] }, db);
    const name = db.name;
    db.close();
    db = new LensDB(name);
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, linkLang: 'ru', disabledHosts: ['undocs.org'] });
  });
});

describe('the settings copy the content script reads (storage.local)', () => {
  it('holds what the table holds after a change, and reads back as the same settings', async () => {
    const local: Record<string, unknown> = {};
    const set = async (items: Record<string, unknown>) => void Object.assign(local, structuredClone(items));
    await setSiteEnabled('press.un.org', false, db);
    await saveSettings({ linkLang: 'fr' }, db);
    await mirrorSettings(set, db);
    expect(mirroredSettings(local)).toEqual({ ...DEFAULT_SETTINGS, linkLang: 'fr', disabledHosts: ['press.un.org'] });
  });

  it.each([[undefined], [{}], [{ [SETTINGS_MIRROR_KEY]: null }], [{ [SETTINGS_MIRROR_KEY]: 'fr' }], [{ [SETTINGS_MIRROR_KEY]: [1] }]])(
    'no copy in %j: none (the content script then asks the background)',
    (items) => expect(mirroredSettings(items as Record<string, unknown> | undefined)).toBeUndefined(),
  );

  it('a damaged copy is checked like the table: bad values fall back to defaults', () => {
    expect(mirroredSettings({ [SETTINGS_MIRROR_KEY]: { linkLang: 'de', hoverDelayMs: -5, disabledHosts: ['UN.org', 3] } })).toEqual({
      ...DEFAULT_SETTINGS,
      hoverDelayMs: 0,
      disabledHosts: ['un.org'],
    });
  });
});
