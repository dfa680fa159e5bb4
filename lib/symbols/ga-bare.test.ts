// The bare-number reader of the Assembly's consecutive numbering: the hand list first, the
// catalogue's topics after it, and the traps a broad topic could fall into.
import { describe, expect, it } from 'vitest';
import { assemblyByAnchor, assemblyBySubject, assemblyByVotes, famousWithAssemblyNamed, mayBeAssemblyBySubject } from './ga-bare';
import { findSymbols } from './find';

const at = (s: string, n: number) => {
  const i = s.indexOf(String(n));
  return assemblyBySubject(s, n, i, i + String(n).length);
};
const pairs = (s: string, body?: 'A' | 'S') => findSymbols(s, body ? { body } : {}).map((m) => [m.text, m.symbol]);

describe('mayBeAssemblyBySubject', () => {
  it('holds the hand list and the numbers with topics, nothing else', () => {
    // 3314 (XXIX), adopted without a vote: in the hand list only.
    expect(mayBeAssemblyBySubject(3314)).toBe(true);
    // 273 (III), 2621 (XXV): in the catalogue's topics only.
    expect(mayBeAssemblyBySubject(273)).toBe(true);
    expect(mayBeAssemblyBySubject(2621)).toBe(true);
    expect(mayBeAssemblyBySubject(99)).toBe(false);
    expect(mayBeAssemblyBySubject(2259)).toBe(false);
    expect(mayBeAssemblyBySubject(5000)).toBe(false);
  });
});

describe('assemblyBySubject', () => {
  it('reads the hand list’s numbers the catalogue cannot (adopted without a vote)', () => {
    expect(at('Резолюция 3314 дала определение агрессии.', 3314)).toBe('A/RES/3314(XXIX)');
    expect(at('القرار 2625 بشأن العلاقات الودية بين الدول', 2625)).toBe('A/RES/2625(XXV)');
  });

  it('reads by the catalogue’s topics the numbers the hand list lacks', () => {
    // es.knowledger.de (United Nations General Assembly Resolution 194): 273 (III), Israel's admission.
    expect(at('La Resolución 273 de las Naciones Unidas admitió Israel a las Naciones Unidas el 11 de mayo de 1949', 273)).toBe('A/RES/273(III)');
    expect(at('Resolution 2621 adopted a programme of action for the full implementation of the Declaration on decolonization.', 2621)).toBe('A/RES/2621(XXV)');
  });

  it('reads nothing of a Council sentence, whatever broad topic it shares', () => {
    for (const [s, n] of [
      ['Resolution 2334 demands that Israel cease all settlement activities in East Jerusalem.', 2334],
      ['Resolution 242 called for Israeli withdrawal from territories occupied in 1967.', 242],
      ['Resolution 1701 ended the 2006 war between Israel and Hezbollah in Lebanon.', 1701],
      ['Resolution 2254 endorsed a road map for a peace process in Syria.', 2254],
      ['Resolution 1540 obliges States to prevent the proliferation of nuclear, chemical and biological weapons to non-State actors.', 1540],
      ['Resolution 2231 endorsed the Joint Comprehensive Plan of Action on Iran’s nuclear programme.', 2231],
      ['Resolution 1514 on Côte d’Ivoire extended UNOCI.', 1514],
      ['Resolution 2065 extended UNIPSIL in Sierra Leone.', 2065],
      ['Resolution 2654 extended MINURSO; the people of Western Sahara have a right to self-determination.', 2654],
      ['Resolution 1541 renewed MINURSO in Western Sahara, a non-self-governing territory.', 1541],
      ['Resolution 2106 on sexual violence in conflict.', 2106],
      ['Resolution 2222 on the protection of journalists in armed conflict.', 2222],
      ['安理会第1325号决议关于妇女、和平与安全。', 1325],
      ['Резолюция 2254 о политическом урегулировании в Сирии.', 2254],
      ['La résolution 2728 exige un cessez-le-feu immédiat à Gaza pendant le Ramadan.', 2728],
    ] as const) expect(at(s, n), s).toBeNull();
  });
});

describe('assemblyByAnchor', () => {
  const anchored = (s: string, n: number) => assemblyByAnchor(s, n, s.lastIndexOf('resolution'));
  it('reads a famous number below 1000 after an Assembly citation older than the Council’s namesake', () => {
    expect(anchored('General Assembly resolution 273 (III) recalled resolutions 181 and 194.', 181)).toBe('A/RES/181(II)');
    expect(anchored('A/RES/273(III) admitted Israel, which undertook to implement resolutions 194 and 181.', 194)).toBe('A/RES/194(III)');
  });

  it('reads nothing of a number not famous, from 1000, before a later anchor, or with no anchor', () => {
    // 242 (III) exists; the page means the Council's 242 (1967).
    expect(anchored('General Assembly resolution 194 (III) and resolution 242', 242)).toBeNull();
    expect(anchored('Resolution 2625 (XXV) and resolution 2106 on sexual violence', 2106)).toBeNull();
    // 3236 (XXIX) is of 1974, after S/RES/194 (1964): the anchor cannot exclude the Council's.
    expect(anchored('La resolución 3236 (XXIX) reafirma la resolution 194.', 194)).toBeNull();
    expect(anchored('The Council recalled resolutions 181 and 194.', 181)).toBeNull();
    // The anchor is a resolution from 100 whose session fits it ("Article 51 (I)", "1514 (XX)" are none).
    expect(anchored('Resolution 1514 (XX) and resolutions 181 and 194', 181)).toBeNull();
    expect(anchored('Article 51 (I) and resolutions 181 and 194', 181)).toBeNull();
  });
});

describe('famousWithAssemblyNamed', () => {
  const named = (s: string, n: number) => famousWithAssemblyNamed(s, n, s.indexOf(String(n)), s.indexOf(String(n)) + String(n).length);
  it('reads a famous number below 1000, not the namesake’s subject or year, nor another number', () => {
    // itongadol.com (sentences.es.i18i.ts)
    expect(named('la Asamblea General de las Naciones Unidas, reunida en Nueva York, aprobó con una mayoría de dos tercios de los votos la Resolución 181.', 181)).toBe('A/RES/181(II)');
    expect(named('The General Assembly recalled resolution 217 on Southern Rhodesia sanctions', 217)).toBeNull();
    expect(named('The General Assembly discussed it; resolution 194 of 1964 was recalled.', 194)).toBeNull();
    expect(named('The General Assembly noted that resolution 242 was not implemented.', 242)).toBeNull();
    expect(named('The General Assembly noted resolution 2106.', 2106)).toBeNull();
  });
});

describe('assemblyByVotes', () => {
  it('reads a vote of more than 15 after the number, in the same sentence', () => {
    // webmanagercenter.com (sentences.fr.i18i.ts)
    const s = 'La résolution 181 a été adoptée par 33 voix pour, 13 voix contre et 10 abstentions.';
    expect(assemblyByVotes(s, 181, 17)).toBe('A/RES/181(II)');
    expect(assemblyByVotes('Resolution 1514 was adopted by 89 votes to none.', 1514, 15)).toBe('A/RES/1514(XV)');
    expect(assemblyByVotes('Resolution 2334 was adopted by 14 votes to none. The Assembly later voted 150 votes to 9.', 2334, 15)).toBeNull();
    expect(assemblyByVotes('Resolution 2259 was adopted by 89 votes to none.', 2259, 15)).toBeNull();
  });
});

describe('in the families: sessions a scan or a page writes oddly', () => {
  it('reads a lower-case session and II, III scanned as ones, only as the number’s own session', () => {
    expect(pairs('50 años de la adopción de la Resolución 2065 (xx) de la Asamblea General de las Naciones Unidas.')).toEqual([['2065 (xx)', 'A/RES/2065(XX)']]);
    expect(pairs('par la résolution 273(111), et les résolutions 181(11) du 29 novembre 1947 sur le partage')).toEqual([
      ['273(111)', 'A/RES/273(III)'],
      ['181(11)', 'A/RES/181(II)'],
    ]);
    expect(pairs('resolution 2065 (ii) para')).toEqual([['2065', 'S/RES/2065 (2012)']]);
    expect(pairs('resolution 242 (11)')).toEqual([['242', 'S/RES/242 (1967)']]);
  });

  it('reads "N*" as a number sign (marcelobonelli.cienradios.com, sentences.es.seen-i.ts)', () => {
    expect(pairs('la Resolución N* 2429 mediante la cual declaró que el mantenimiento de la situación colonial de Gibraltar es contrario')).toEqual([['2429', 'A/RES/2429(XXIII)']]);
  });
});

describe('in the families: the lists after an old Assembly citation', () => {
  it('reads famous numbers after an Assembly citation or an Assembly year before their Council namesakes', () => {
    expect(pairs('General Assembly resolution 273 (III) recalled resolutions 181 and 194.')).toEqual([
      ['273 (III)', 'A/RES/273(III)'],
      ['181', 'A/RES/181(II)'],
      ['194', 'A/RES/194(III)'],
    ]);
    // The year is 273's; S/RES/181 is of 1963: not the Council's.
    expect(pairs('The General Assembly adopted resolution 273 in 1949, conditioned on Resolutions 181 and 194.')).toEqual([
      ['273', 'A/RES/273(III)'],
      ['181', 'A/RES/181(II)'],
      ['194', 'A/RES/194(III)'],
    ]);
  });

  it('keeps the Council’s where its namesake is the one of the year, or the page is the Council’s', () => {
    expect(pairs('The General Assembly discussed it; resolution 242 of 22 November 1967 was recalled.')).toEqual([['242', 'S/RES/242 (1967)']]);
    expect(pairs('the right of return affirmed by General Assembly resolution 194 (III) and resolution 242')).toEqual([
      ['194 (III)', 'A/RES/194(III)'],
      ['242', 'S/RES/242 (1967)'],
    ]);
    expect(pairs('The General Assembly adopted resolution 273 (III) in May 1949; the Security Council had adopted resolutions 62 and 73 in 1948 and 1949.')).toEqual([
      ['273 (III)', 'A/RES/273(III)'],
      ['62', 'S/RES/62 (1948)'],
      ['73', 'S/RES/73 (1949)'],
    ]);
  });
});

describe('in the families: a body named or given by the page wins', () => {
  it('reads the Council’s number on a Council page or with the Council named, whatever the subject', () => {
    expect(pairs('La Resolución 2065 sobre las Islas Malvinas', 'S')).toEqual([['2065', 'S/RES/2065 (2012)']]);
    expect(pairs('Security Council resolution 2065 on the Malvinas')).toEqual([['2065', 'S/RES/2065 (2012)']]);
    expect(pairs('resolution 2334 on Israeli settlements', 'S')).toEqual([['2334', 'S/RES/2334 (2016)']]);
  });

  it('reads the Assembly’s with no organ named, or on the Assembly’s page', () => {
    expect(pairs('La Resolución 2065 sobre las Islas Malvinas', 'A')).toEqual([['2065', 'A/RES/2065(XX)']]);
    expect(pairs('La Resolución 273 de la ONU admitió a Israel como miembro.')).toEqual([['273', 'A/RES/273(III)']]);
  });
});

describe('a famous number with its Assembly session’s year written, before the Council’s namesake', () => {
  it('reads the Assembly’s (seen-m zh)', () => {
    expect(pairs('“土地换和平”原则的萌芽,最早可追溯至1947年的联合国第181号决议。')).toEqual([['181', 'A/RES/181(II)']]);
    expect(pairs('In 1947, resolution 181 was adopted.')).toEqual([['181', 'A/RES/181(II)']]);
  });

  it('leaves the Council’s year, another year and a number off the hand list', () => {
    expect(pairs('In 1963, resolution 181 imposed an embargo.')).toEqual([['181', 'S/RES/181 (1963)']]);
    expect(pairs('In 1950, resolution 181 was recalled.')).toEqual([['181', 'S/RES/181 (1963)']]);
    expect(pairs('In 1948, resolution 300 was adopted.')).not.toEqual([['300', 'A/RES/300(IV)']]);
  });
});
