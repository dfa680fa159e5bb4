/**
 * The UN document parser in each of the six languages, on real headers and preambles taken
 * from public UN material (where each comes from is beside it). Lines are as a PDF's text gives
 * them; where a source joined the lines of a block, they are kept joined.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../index/build';
import { citingContext } from '../index/citing';
import { findSymbols } from '../symbols/find';
import { findDates } from './un-dates';
import { ordinalValue } from './un-ordinals';
import { resolutionParagraphs } from './un-paragraphs';
import { parseDocument } from './parse';

function parse(lines: string[]) {
  const r = parseDocument('test', lines.join('\n'));
  if (!r.ok) throw new Error(r.reason);
  return r.doc;
}

/** Verb group and date of each citation in one paragraph. */
function citations(text: string, body?: 'A' | 'S') {
  return findSymbols(text, body ? { body } : {}).map((m) => {
    const c = citingContext(text, m.start, m.end);
    return { symbol: m.symbol, verbGroup: c.verbGroup, ...(c.date ? { date: c.date } : {}) };
  });
}

describe('English', () => {
  // wannli/railcar documents/ga-res-80/A_RES_80_2.md (Digital Library PDF A_RES_80_2-EN.pdf as extracted there).
  const A_RES_80_2 = [
    'United Nations A/RES/80/2',
    'General Assembly Distr.: General 15 October 2025',
    'Eightieth session Agenda item 140 Scale of assessments for the apportionment of the expenses of the United Nations',
    'Resolution adopted by the General Assembly on 14 October 2025',
    '[on the report of the Fifth Committee (A/80/401, para. 6)]',
    '80/2. Scale of assessments for the apportionment of the expenses of the United Nations: requests under Article 19 of the Charter',
    'The General Assembly,',
    'Having considered chapter V of the report of the Committee on Contributions on its eighty-fifth session,1',
    'Reaffirming the obligation of Member States under Article 17 of the Charter of the United Nations to bear the expenses of the Organization as apportioned by the General Assembly,',
    '1. Reaffirms its role in accordance with the provisions of Article 19 of the Charter of the United Nations and the advisory role of the Committee on Contributions in accordance with rule 160 of the rules of procedure of the General Assembly;',
    '2. Also reaffirms its resolution 54/237 C of 23 December 1999;',
    '18th plenary meeting 14 October 2025',
  ];

  it('reads a resolution adopted on a committee report', () => {
    const d = parse(A_RES_80_2);
    expect(d).toMatchObject({
      id: 'A/RES/80/2',
      lang: 'en',
      session: '80',
      agendaItem: '140',
      date: '2025-10-14',
      distributed: '2025-10-15',
      meeting: '18',
      title: 'Scale of assessments for the apportionment of the expenses of the United Nations: requests under Article 19 of the Charter',
      adoption: { how: 'committee', committee: 'Fifth Committee', documents: ['A/80/401'] },
      adoptedOn: { report: 'A/80/401' },
    });
    expect(d.paragraphs.map((p) => p.at.anchor)).toEqual(['p-pre-1', 'p-pre-2', 'p-op-1', 'p-op-2']);
  });

  it('dates the resolution its operative paragraph reaffirms, and groups the verb', () => {
    const index = buildIndex([{ name: 'A_RES_80_2', text: A_RES_80_2.join('\n') }]);
    const c = index.citations.filter((x) => x.from === 'A/RES/80/2' && x.at.anchor === 'p-op-2');
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ verbGroup: 'reaffirms', date: '1999-12-23' });
  });
});

describe('French', () => {
  // vdocuments.fr copy of A/66/PV.82 (Assemblée générale, 82e séance plénière, 9 décembre 2011): its first lines.
  it('reads a plenary meeting record header', () => {
    const d = parse([
      'Nations Unies A/66/PV.82',
      'Assemblée générale',
      '82 e séance plénière',
      'Vendredi 9 décembre 2011, à 15 heures',
      'New York',
      'Documents officiels',
      'La séance est ouverte à 15 h 10.',
      'Rapports de la Sixième Commission',
      'La Présidente par intérim (parle en anglais) : L’Assemblée générale va maintenant examiner les rapports de la Sixième Commission sur les points 77 à 85, 109, 121, 135, 143 et 166 à 175 de l’ordre du jour.',
    ]);
    expect(d).toMatchObject({ id: 'A/66/PV.82', lang: 'fr', organ: 'Assemblée générale', body: 'A', meeting: '82', date: '2011-12-09' });
  });

  // lib/symbols/fixtures/sentences.fr.*.ts (public copies of UN resolutions in French).
  it.each([
    ["Rappelant la résolution 1541 (XV) de l'Assemblée générale en date du 15 décembre 1960,", 'A/RES/1541(XV)', 'recalls', '1960-12-15'],
    ['Rappelant en outre la résolution 180 (1963) du Conseil de sécurité, en date du 31 juillet 1963,', 'S/RES/180 (1963)', 'recalls', '1963-07-31'],
  ])('%s', (text, symbol, verbGroup, date) => {
    expect(citations(text)).toContainEqual({ symbol, verbGroup, date });
  });

  it('reads French session numerals', () => {
    expect(ordinalValue('Soixante-dixième', 'fr')).toBe(70);
    expect(ordinalValue('Soixante-dix-huitième', 'fr')).toBe(78);
    expect(ordinalValue('Quatre-vingt-deuxième', 'fr')).toBe(82);
    expect(ordinalValue('QUATORZIEME', 'fr')).toBe(14);
  });
});

describe('Spanish', () => {
  // studylib.es copy of A/59/100 (lista preliminar anotada, 15 de junio de 2004): its header.
  it('reads a report header', () => {
    const d = parse([
      'A/59/100',
      'Naciones Unidas',
      'Asamblea General',
      'Distr. general',
      '15 de junio de 2004',
      'Español',
      'Original: inglés',
      'Quincuagésimo noveno período de sesiones',
      'Lista preliminar anotada de temas que se incluirán en el',
      'programa provisional del quincuagésimo noveno período',
      'ordinario de sesiones de la Asamblea General*',
      'I. Introducción',
      '1. La lista preliminar no anotada se publicó el 17 de febrero de 2004.',
    ]);
    expect(d).toMatchObject({ id: 'A/59/100', lang: 'es', organ: 'Asamblea General', body: 'A', date: '2004-06-15', session: '59' });
  });

  // voltairenet.org copy of General Assembly resolution ES-10/24 (2024), its preamble.
  const PREAMBLE = [
    'Guiada por los propósitos y principios consagrados en la Carta de las Naciones Unidas y el derecho internacional, incluido el derecho inalienable a la libre determinación de los pueblos y el principio de inadmisibilidad de la adquisición de territorio por la fuerza,',
    'Recordando todas sus resoluciones pertinentes, incluidas las aprobadas en su décimo período extraordinario de sesiones de emergencia,',
    'Recordando también todas las resoluciones pertinentes del Consejo de Seguridad, en particular la resolución 2334 (2016), de 23 de diciembre de 2016,',
    'Destacando la obligación de todos los Estados Miembros de cumplir de buena fe las obligaciones contraídas por ellos de conformidad con la Carta de las Naciones Unidas, incluida la de aceptar y cumplir las decisiones del Consejo de Seguridad,',
    'Recordando su resolución 77/247, de 30 de diciembre de 2022, en la que decidió, de conformidad con el Artículo 96 de la Carta de las Naciones Unidas, solicitar a la Corte Internacional de Justicia que emitiera una opinión consultiva',
  ];

  it('splits the preamble and reads its citations with their verb and date', () => {
    const body = resolutionParagraphs(PREAMBLE);
    expect(body.paragraphs.map((p) => p.text.split(' ')[0])).toEqual(['Guiada', 'Recordando', 'Recordando', 'Destacando', 'Recordando']);
    expect(citations(PREAMBLE[2]!)).toContainEqual({ symbol: 'S/RES/2334 (2016)', verbGroup: 'recalls', date: '2016-12-23' });
    expect(citations(PREAMBLE[4]!, 'A')).toContainEqual({ symbol: 'A/RES/77/247', verbGroup: 'recalls', date: '2022-12-30' });
  });

  it('reads Spanish session numerals', () => {
    expect(ordinalValue('Quincuagésimo noveno', 'es')).toBe(59);
    expect(ordinalValue('Septuagésimo', 'es')).toBe(70);
  });
});

describe('Russian', () => {
  // ru.wikisource.org, Резолюция Генеральной Ассамблеи ООН № A/RES/1767(XVII), its preamble (its own typo "революцию" kept).
  const PREAMBLE = [
    'ссылаясь на свою революцию 1722 (XVI) от 20 декабря 1961 года,',
    'исходя из убеждения, что цель всеобщего и полного разоружения должна быть достигнута на основе восьми согласованных принципов, признанных в резолюции 1722 (XVI) Генеральной Ассамблеи,',
    'подтверждая свою ответственность за разоружение согласно Уставу Организации Объединенных Наций,',
    'принимая к сведению два предварительных доклада о ходе работы Совещания Комитета восемнадцати государств по разоружению,',
    'отмечая с сожалением, что за шестимесячный срок, в течение которого в Женеве велись переговоры, был достигнут лишь незначительный прогресс в отношении жизненно важных проблем разоружения,',
  ];

  it('splits a preamble whose paragraphs open in lower case', () => {
    const body = resolutionParagraphs(PREAMBLE);
    expect(body.paragraphs.map((p) => p.text.split(' ')[0])).toEqual(['ссылаясь', 'исходя', 'подтверждая', 'принимая', 'отмечая']);
  });

  // lib/symbols/fixtures/sentences.ru.texts.ts: public copy of a Security Council resolution.
  it('groups "ссылаясь" as recalling and dates a cited resolution', () => {
    const text =
      'ссылаясь на свои резолюции 1234 (1999) от 9 апреля 1999 года ( 995_531 ), 1258 (1999) от 6 августа 1999 года ( 995_527 ), 1265 (1999) от 17 сентября 1999 года ( 995_450 )';
    const found = citations(text, 'S');
    expect(found[0]).toEqual({ symbol: 'S/RES/1234 (1999)', verbGroup: 'recalls', date: '1999-04-09' });
    expect(found.every((c) => c.verbGroup === 'recalls')).toBe(true);
  });

  it('reads Russian session numerals and dates', () => {
    expect(ordinalValue('Семьдесят девятая', 'ru')).toBe(79);
    expect(ordinalValue('Семидесятая', 'ru')).toBe(70);
    expect(findDates('от 20 декабря 1961 года').map((d) => d.iso)).toEqual(['1961-12-20']);
  });
});

describe('Arabic', () => {
  // conferences.unite.un.org bitext of A/AC.109/2019/L.18 (Arabic side): header and first preambular paragraphs.
  it('reads a draft resolution: symbol, organ, paragraphs opening with وقد / وإذ', () => {
    const d = parse([
      'A/AC.109/2019/L.18',
      'الأمم المتحدة',
      'الجمعية العامة',
      '19-10268',
      'اللجنة الخاصة المعنية بحالة تنفيذ إعلان منح الاستقلال للبلدان والشعوب المستعمرة',
      'مشروع قرار مقدم من رئيسة اللجنة',
      'مسألة بيتكيرن',
      'إن الجمعية العامة،',
      'وقد نظرت في مسألة بيتكيرن، ودرست الفصل ذا الصلة من تقرير اللجنة الخاصة المعنية بحالة تنفيذ إعلان منح الاستقلال للبلدان والشعوب المستعمرة لعام 2019،',
      'وإذ تحيط علما بورقة العمل التي أعدتها الأمانة العامة بشأن بيتكيرن والمعلومات الأخرى ذات الصلة بالموضوع،',
    ]);
    expect(d).toMatchObject({ id: 'A/AC.109/2019/L.18', lang: 'ar', organ: 'الجمعية العامة', body: 'A' });
    expect(d.paragraphs.map((p) => p.at.anchor)).toEqual(['p-pre-1', 'p-pre-2']);
    expect(d.title).toMatch(/^مشروع قرار مقدم من رئيسة اللجنة/);
  });

  // lib/symbols/fixtures/sentences.ar.documents.ts: Human Rights Council text.
  it('groups "إذ تشير" as recalling and reads the Arabic date', () => {
    const text = 'إذ تشير إلى قرارها 60/251 المؤرخ 15 آذار/مارس 2006 الذي أنشئ بموجبه مجلس حقوق الإنسان وخاصة الفقرتين 1 و 16 منه،';
    expect(citations(text, 'A')).toContainEqual({ symbol: 'A/RES/60/251', verbGroup: 'recalls', date: '2006-03-15' });
  });

  it('reads Arabic session numerals', () => {
    expect(ordinalValue('التاسعة والسبعون', 'ar')).toBe(79);
    expect(ordinalValue('السبعون', 'ar')).toBe(70);
  });
});

describe('Chinese', () => {
  // assets/corpus/000 (A/RES/77/180 as converted from its PDF), its header and first paragraphs, with
  // the top line the PDF prints ("联合国 A/RES/77/180").
  it('reads a resolution header and preamble from PDF text', () => {
    const d = parse([
      '联合国 A/RES/77/180',
      '大 会 Distr.: General',
      '28 December 2022',
      '第七十七届会议',
      '议程项目 22(b)',
      '消除贫困和其他发展问题：工业发展合作',
      '2022 年 12 月 14 日大会决议',
      '[根据第二委员会的报告(A/77/447/Add.2, 第 8 段)通过]',
      '77/180. 工业发展合作',
      '大会，',
      '回顾其 1994 年 12 月 19 日第 49/108 号、1996 年 12 月 16 日第 51/170 号和 2020 年 12 月 21 日第 75/231 号决议，',
      '又回顾联合国经济、社会、环境及有关领域各次主要大型会议和首脑会议的成果，',
      '重申其题为“变革我们的世界：2030 年可持续发展议程”的 2015 年 9 月 25 日第 70/1 号决议，',
    ]);
    expect(d).toMatchObject({
      id: 'A/RES/77/180',
      lang: 'zh',
      session: '77',
      agendaItem: '22(b)',
      date: '2022-12-14',
      title: '工业发展合作',
      adoption: { how: 'committee', committee: '第二委员会', documents: ['A/77/447/Add.2'] },
    });
    expect(d.paragraphs.map((p) => p.at.anchor)).toEqual(['p-pre-1', 'p-pre-2', 'p-pre-3']);
  });
});

describe('dates', () => {
  it.each([
    ['17 November 2015', '2015-11-17'],
    ['Thursday, 13 December 2018, 3 p.m.', '2018-12-13'],
    ['1er mars 2020', '2020-03-01'],
    ['15 de junio de 2004', '2004-06-15'],
    ['17 تشرين الثاني/نوفمبر 2015', '2015-11-17'],
    ['2015年11月17日', '2015-11-17'],
  ])('%s', (text, iso) => {
    expect(findDates(text).map((d) => d.iso)).toEqual([iso]);
  });

  it.each(['~9 September 1971', '31 February 2020', '12 Smarch 2020'])('no date in OCR noise or an impossible day: %s', (text) => {
    expect(findDates(text)).toEqual([]);
  });
});
