import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator, setTranslator } from '../i18n/t';
import en from '../../locales/en/glossary.json';
import zh from '../../locales/zh_CN/glossary.json';
import { documentName } from './names';

describe('documentName', () => {
  beforeAll(() => setTranslator(createTranslator(en)));

  it.each([
    ['A/RES/77/180', undefined, 'A/RES/77/180'],
    ['GC.18/Res.1', 'ignored title', 'GC.18/Res.1'],
    ['unstated:unido-gc-19-item-16', 'Report on item 16', 'Report on item 16'],
    ['unstated:unido-gc-19-item-16', undefined, 'UNIDO General Conference, session 19, item 16'],
    ['unstated:unido-idb-48', '  ', 'UNIDO Industrial Development Board, session 48'],
    ['unstated:something-else', undefined, 'A document without a symbol'],
  ])('%s (%s) → %s', (id, title, expected) => {
    const name = documentName(id, title);
    expect(name).toBe(expected);
    expect(name).not.toContain('unstated');
  });

  it('speaks Chinese in a Chinese interface', () => {
    setTranslator(createTranslator(zh));
    expect(documentName('unstated:unido-gc-19-item-16')).toBe('工发组织大会第 19 届会议，议程项目 16');
    setTranslator(createTranslator(en));
  });
});
