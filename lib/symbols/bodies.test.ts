import { describe, expect, it } from 'vitest';
import { lastBodyAt } from './bodies';

describe('lastBodyAt', () => {
  it.each([
    ['安全理事会在其', 'S', '安全理事会'],
    // Longer names that hold shorter ones are read whole.
    ['世界卫生大会第', 'other', '世界卫生大会'],
    ['联合国大会第', 'A', '联合国大会'],
    ['the Commission on Human Rights, in its', 'CHR', 'the Commission on Human Rights'],
    ['the United Nations Environment Assembly', 'UNEA', 'the United Nations Environment Assembly'],
    ['the Environment Assembly', 'UNEA', 'the Environment Assembly'],
    ['the General Conference of UNESCO', 'other', 'the General Conference of UNESCO'],
    // The last of several names.
    ['The Security Council and the General Assembly', 'A', 'The Security Council and the General Assembly'],
    ['الجمعية العامة ومجلس الأمن', 'S', 'الجمعية العامة ومجلس الأمن'],
    ['Совета Безопасности и Генеральной Ассамблеи', 'A', 'Совета Безопасности и Генеральной Ассамблеи'],
    // French press's capitals and lost accents.
    ['le Conseil de Sécurité de l’ONU', 'S', 'le Conseil de Sécurité'],
    ['le Conseil de securite', 'S', 'le Conseil de securite'],
    ["l'Assemblée Générale des Nations Unies", 'A', "l'Assemblée Générale"],
  ])('%s', (text, body, upTo) => {
    expect(lastBodyAt(text)).toEqual({ body, end: upTo.length });
  });

  it('names nothing in text without a body, or in a name inside a word or symbol', () => {
    expect(lastBodyAt('大部分国家的人民')).toBeUndefined();
    expect(lastBodyAt('A/HRC/5/1 and xHRC')).toBeUndefined();
    expect(lastBodyAt('')).toBeUndefined();
    // An association's general assembly in lower case is not the Organization's.
    expect(lastBodyAt('l’assemblée générale de l’association')).toBeUndefined();
  });
});
