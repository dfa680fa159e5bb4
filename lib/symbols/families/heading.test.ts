// List headings read by the page's body or a section heading (families/heading.ts).
// Real forms found by issue 18's batches of sentences (fixtures/*.i18*.ts, *.seen*.ts), one case each,
// with the traps beside them.
import { describe, expect, it } from 'vitest';
import { findSymbols, type FindOptions } from '../index';

const read = (text: string, options: FindOptions = {}) => findSymbols(text, options).map((m) => [m.text, m.symbol]);

describe('a GA heading on a page of unknown body', () => {
  it('is read when a document of the same session stands just before it', () => {
    expect(read('< A/RES/60/251>\n\n60/251.  Consejo de Derechos Humanos')).toEqual([['A/RES/60/251', 'A/RES/60/251'], ['60/251', 'A/RES/60/251']]);
    expect(read('[ 根据第三委员会的报告(A/55/602/Add.2)通过]55/109. 加强人权领域的国际合作')).toEqual([['A/55/602/Add.2', 'A/55/602/Add.2'], ['55/109', 'A/RES/55/109']]);
  });

  it('is not read without one (unless alone on its line, below), or for another session, or below the 31st session', () => {
    expect(read('见 55/109. 加强人权领域的国际合作')).toEqual([]);
    expect(read('(A/54/602)\n55/109. Title')).toEqual([['A/54/602', 'A/54/602']]);
    expect(read('(A/60/5)\n3/4. Fractions')).toEqual([['A/60/5', 'A/60/5']]);
  });
});

describe('headings under a section of the Assembly’s resolutions', () => {
  it('reads "3171." after "XXVIII. RESOLUTIONS ADOPTED …" when the number fits the session', () => {
    expect(read('XXVIII. RESOLUTIONS ADOPTED ON THE REPORTS OF THE SECOND COMMITTEE\n3171. Permanent sovereignty over natural resources')).toEqual([
      ['3171', 'A/RES/3171(XXVIII)'],
    ]);
    expect(read('XXVIII. RESOLUTIONS ADOPTED ON THE REPORTS\n1234. Something')).toEqual([]);
    expect(read('3171. Permanent sovereignty over natural resources')).toEqual([]);
  });
});

describe('a Council’s heading after its own name or a contents table’s column heading', () => {
  it('reads "Совет по Правам Человека 5/1." and "Page 9/1." on the Council’s page', () => {
    expect(read('Совет по Правам Человека 5/1. Институциональное строительство Совета', { body: 'A/HRC' })).toEqual([['5/1', 'A/HRC/RES/5/1']]);
    expect(read('Title Date of adoption Page 9/1. Mandate of the Special Rapporteur', { body: 'A/HRC' })).toEqual([['9/1', 'A/HRC/RES/9/1']]);
  });

  it('not on another body’s page, and not after another word', () => {
    expect(read('Совет по Правам Человека 5/1. Институциональное строительство Совета', { body: 'A' })).toEqual([]);
    expect(read('see chapter 9/1. Mandate', { body: 'A/HRC' })).toEqual([]);
  });
});

describe('headings on a council’s page', () => {
  it('reads "43/ 36 -" and an entry run into the Organization’s name', () => {
    expect(read('قرار اعتمده مجلس حقوق الإنسان\n\n43/ 36 - ولاية المقررة الخاصة', { body: 'A/HRC' })).toEqual([['43/ 36', 'A/HRC/RES/43/36']]);
    expect(read('ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ 8/7. Мандат Специального представителя', { body: 'A/HRC' })).toEqual([['8/7', 'A/HRC/RES/8/7']]);
    expect(read('Совет решил 8/7. Мандат', { body: 'A/HRC' })).toEqual([]);
  });
});

describe('an Assembly heading alone at the start of a line', () => {
  it('reads "41/128 Déclaration sur le droit au développement" with no page body', () => {
    expect(read('41/128 Déclaration sur le droit au développement')).toEqual([['41/128', 'A/RES/41/128']]);
    expect(read('Texte\n41/128 Déclaration sur le droit au développement')).toEqual([['41/128', 'A/RES/41/128']]);
  });

  it('leaves ratios, small numbers, short titles and a heading inside a sentence', () => {
    expect(read('50/50 Chance of winning the prize')).toEqual([]);
    expect(read('80/20 Rule for most projects')).toEqual([]);
    expect(read('41/128 Déclaration')).toEqual([]);
    expect(read('Voir 41/128 Déclaration sur le droit au développement')).toEqual([]);
  });

  it('reads any resolution’s number with a full stop and a Chinese title, as the Assembly’s Chinese pages head them (seen-o zh)', () => {
    expect(read('51/99.  发展权利')).toEqual([['51/99', 'A/RES/51/99']]);
    expect(read('50/72. 审查大会第十届特别会议通过的建议和决定的执行情况')).toEqual([['50/72', 'A/RES/50/72']]);
    expect(read('55/109. 加强人权领域的国际合作')).toEqual([['55/109', 'A/RES/55/109']]);
  });

  it('leaves a Chinese title without the full stop, a short one, a heading inside a line and a decision’s number', () => {
    expect(read('50/50 机会均等的原则')).toEqual([]);
    expect(read('51/99. 发展')).toEqual([]);
    expect(read('见51/99. 发展权利问题')).toEqual([]);
    expect(read('12/05. 会议记录如下')).toEqual([]);
    expect(read('51/401. 大会工作安排')).toEqual([]);
  });

  it('reads any resolution’s number with a full stop and a title of three words, in a session no commission numbering by session has reached (heldout-ak es)', () => {
    expect(read('75/1. Declaración sobre la conmemoración del 75º aniversario de las Naciones Unidas')).toEqual([['75/1', 'A/RES/75/1']]);
    expect(read('Índice\n78/3. Promoting the rule of law internationally')).toEqual([['78/3', 'A/RES/78/3']]);
  });

  it('leaves such a heading in a session a Commission also holds (the Status of Women’s, Narcotic Drugs’), without the full stop, or with a short title', () => {
    expect(read('67/1. Promoting alternative development programmes')).toEqual([]);
    expect(read('75/1 Declaración sobre la conmemoración del aniversario')).toEqual([]);
    expect(read('75/1. Declaración final')).toEqual([]);
    expect(read('Véase 75/1. Declaración sobre la conmemoración del aniversario')).toEqual([]);
  });
});

describe('a Human Rights Council contents row on a page of unknown body', () => {
  it('is read when the row is dated, a page number opens it and the Council is the body named before', () => {
    expect(read('Page 1: Rapport du Conseil des droits de l’homme...30 septembre 2010 5 15/11 Programme mondial d’éducation dans le domaine des droits de l’homme')).toEqual([
      ['15/11', 'A/HRC/RES/15/11'],
    ]);
  });

  it('is not read without the date and page number, with another body named last, or without a title', () => {
    expect(read('Conseil des droits de l’homme. Le 30 septembre 2010, 5 sur 15/11 Programme')).toEqual([]);
    expect(read('Rapport de l’Assemblée générale 30 septembre 2010 5 15/11 Programme mondial')).toEqual([]);
    expect(read('Conseil des droits de l’homme, rapport du 30 septembre 2010 5 15/11 et 16/2')).toEqual([]);
  });
});

describe('an entry right after the name of the body that adopted it, no page body (seen-i ru)', () => {
  it('reads the number as that body’s', () => {
    expect(read('СОВЕТ ПО ПРАВАМ ЧЕЛОВЕКА 9/12. Добровольно устанавливаемые цели в области прав человека')).toEqual([['9/12', 'A/HRC/RES/9/12']]);
    expect(read('Human Rights Council\n16/18. Combating intolerance, negative stereotyping')).toEqual([['16/18', 'A/HRC/RES/16/18']]);
    expect(read('General Assembly\n51/401. Organization of work')).toEqual([['51/401', 'A/DEC/51/401']]);
  });

  it('leaves a body that numbers no entries so, another body, words between, and no title', () => {
    expect(read('Security Council 9/12. Title of it')).toEqual([]);
    expect(read('Executive Board 9/12. Title of it')).toEqual([]);
    expect(read('Human Rights Council on 9/12. Title of it')).toEqual([]);
    expect(read('Human Rights Council 9/12 and more')).toEqual([]);
  });
});

describe('forms the held-out batch an showed missed (heldout-an)', () => {
  it('reads an entry with a dash after its number right after the body’s name', () => {
    // heldout-an ar: the Council's resolution 7/36 under its name.
    expect(read('مجلس حقوق الإنسان\n7/36- ولاية المقرِّر الخاص المعني بتعزيز وحماية الحق')).toEqual([['7/36', 'A/HRC/RES/7/36']]);
    expect(read('Human Rights Council 7/36 - Mandate')).toEqual([]);
  });

  it('reads on the body’s page an entry with a space before its slash, and not without the page', () => {
    // heldout-an ar: the Council's resolution 50/17 on its page.
    expect(read('50 /17 - الحق في حرية التجمع السلمي وتكوين الجمعيات', { body: 'A/HRC' })).toEqual([['50 /17', 'A/HRC/RES/50/17']]);
    expect(read('50 /17 - الحق في حرية التجمع السلمي وتكوين الجمعيات')).toEqual([]);
  });
});

describe('forms the held-out batch ao showed misread (heldout-ao), read since heldout-bz', () => {
  it('reads a heading whose two figures are spaced out one by one, its slash spaced too, on the body\'s page', () => {
    // heldout-ao en: a PDF's heading "4 6 / 7." (46/7), not page 4 and entry 6/7; heldout-bz en, ar.
    expect(read('4 6 / 7. Human rights and the environment', { body: 'A/HRC' })).toEqual([['4 6 / 7', 'A/HRC/RES/46/7']]);
    expect(read('3 7 / 5. Mandate of the Independent Expert on the enjoyment of human rights by persons with albinism', { body: 'A/HRC' })).toEqual([['3 7 / 5', 'A/HRC/RES/37/5']]);
    expect(read('3 4 / 3 - ولاية الخبير المستقل المعني بآثار الديون', { body: 'A/HRC' })).toEqual([['3 4 / 3', 'A/HRC/RES/34/3']]);
    // A page number before an entry whose slash is not spaced; three figures spaced; no page body.
    expect(read('4 6/7. Human rights and the environment', { body: 'A/HRC' })).toEqual([['6/7', 'A/HRC/RES/6/7']]);
    expect(read('2 3 4 / 5. Human rights', { body: 'A/HRC' })).toEqual([]);
    expect(read('4 6 / 7. Human rights and the environment')).toEqual([]);
  });
});

describe('the Assembly’s decisions numbered from 401 once its resolutions ran past 300 (seen-ap)', () => {
  it('reads 75/322 on an Assembly page as a resolution, 75/401 as a decision, and 31/301 still as a decision', () => {
    // seen-ap fr: a resolution's heading after its draft's symbols (the 75th session's resolutions reached 75/325).
    expect(read('(A/75/L.111/Rev.1 et A/75/L.111/Rev.1/Add.1)] 75/322. Nouveau Partenariat pour le développement de l’Afrique', { body: 'A' }).at(-1)).toEqual(['75/322', 'A/RES/75/322']);
    expect(read('75/401. Election of members of the Economic and Social Council', { body: 'A' })).toEqual([['75/401', 'A/DEC/75/401']]);
    expect(read('31/301. Election of the members of the Committee', { body: 'A' })).toEqual([['31/301', 'A/DEC/31/301']]);
  });
});

describe('a Council page’s heading with its dash run into the number (heldout-at)', () => {
  it('reads "٣٥/ 7- الأعمال" on the Council’s page, not "35/7-8"', () => {
    // heldout-at ar: the Council's resolutions listed on its page, Arabic-Indic figures and all.
    expect(read('٣٥/ 7- الأعمال التجارية وحقوق الإنسان', { body: 'A/HRC' })).toEqual([['٣٥/ 7', 'A/HRC/RES/35/7']]);
    expect(read('35/7-8 الأعمال', { body: 'A/HRC' })).toEqual([]);
  });
});

describe('forms the held-out batch ax showed missed (heldout-ax)', () => {
  it('reads a heading whose title follows a blank line after its full stop', () => {
    // heldout-ax ru: an Assembly resolution's heading as a PDF's text gives it, a space after the slash.
    expect(read('[ докладу Третьего комитета (A/57/552)] 57/ 90.\n\nПрава ребенка', { body: 'A' })).toEqual([
      ['A/57/552', 'A/57/552'],
      ['57/ 90', 'A/RES/57/90'],
    ]);
    // Without the full stop, only a number opening its line (heldout-bn en: ECOSOC's heading); not a
    // footer's page counter after a job number (seen-ap fr).
    expect(read('57/90\n\nПрава ребенка', { body: 'A' })).toEqual([['57/90', 'A/RES/57/90']]);
    expect(read('2004/27\n\nGuidelines on justice for child victims and witnesses of crime', { body: 'E' })).toEqual([['2004/27', 'E/RES/2004/27']]);
    expect(read('17-04598 3/66\n\nTable des matières Chapitre Page', { body: 'UNEP/EA' })).toEqual([]);
  });
});

describe('forms the held-out batch ba showed missed (heldout-ba)', () => {
  it('reads an entry after a tag of a copied page’s markup', () => {
    // heldout-ba en: a contents line of a Human Rights Council report, copied with its markup.
    expect(read('<p>7/6. Mandate of the independent expert on minority issues ...... 18</p>', { body: 'A/HRC' })).toEqual([['7/6', 'A/HRC/RES/7/6']]);
    // A number after a word is no entry, tag or none.
    expect(read('<b>see 7/6. Mandate</b>', { body: 'A/HRC' })).toEqual([]);
  });
});

describe('forms the batch bg showed missed (seen-bg fr)', () => {
  it('reads a card’s number with the type word in lower case on the next line', () => {
    expect(read('1989/64\nrésolution du 24 mai 1989 - Conseil économique et social de l’ONU', { body: 'E' })).toEqual([['1989/64', 'E/RES/1989/64']]);
    // On the same line, or as a plural, the word is no card's.
    expect(read('1989/64 résolution du 24 mai 1989', { body: 'E' })).toEqual([]);
    expect(read('1989/64\nrésolutions du Conseil', { body: 'E' })).toEqual([]);
  });
});

describe('forms the held-out batch bi showed missed (heldout-bi en; seen-bb en)', () => {
  it('reads an early Assembly resolution’s heading by its number alone, a block of its own on the Assembly’s page', () => {
    expect(read('2986. Question of Niue and the Tokelau Islands', { body: 'A' })).toEqual([['2986', 'A/RES/2986(XXVII)']]);
    expect(read('2396. The policies of apartheid of the Government of South Africa', { body: 'A' })).toEqual([['2396', 'A/RES/2396(XXIII)']]);
    // Not without the page, a paragraph's number below 1000, or a sentence.
    expect(read('2986. Question of Niue and the Tokelau Islands')).toEqual([]);
    expect(read('125. The Committee decided to recommend the draft', { body: 'A' })).toEqual([]);
    expect(read('2986. The Committee decided to recommend the draft.', { body: 'A' })).toEqual([]);
  });
});

describe('forms the held-out batch bk showed missed (heldout-bk fr)', () => {
  it('reads a heading whose full stop a PDF’s text set apart by a space', () => {
    expect(read('70/180 . Insti tut afr icain des Nations Unies po ur la préve ntion', { body: 'A' })).toEqual([['70/180', 'A/RES/70/180']]);
    // Not two spaces, nor without the page.
    expect(read('70/180  . Institut africain', { body: 'A' })).toEqual([]);
    expect(read('70/180 . Institut africain')).toEqual([]);
  });
});

describe('a heading whose title opens with a title mark (heldout-bp zh)', () => {
  it('reads the Assembly\'s heading on its page', () => {
    expect(read('52/85.《那不勒斯政治宣言和打击有组织跨国犯罪全球行动计划》\n的后续行动', { body: 'A' })).toEqual([['52/85', 'A/RES/52/85']]);
    // Without the page's body, no heading is read so.
    expect(read('52/85.《那不勒斯政治宣言》')).toEqual([]);
  });
});

describe('a heading an indented text set far in (heldout-bt es)', () => {
  it('reads a heading that opens its line after more than three spaces, and only there', () => {
    expect(read('          64/255. Mejoramiento de la seguridad vial en el mundo', { body: 'A' })).toEqual([['64/255', 'A/RES/64/255']]);
    expect(read('Recordando.\n\t\t\t\t\t64/255. Mejoramiento de la seguridad vial en el mundo', { body: 'A' })).toEqual([['64/255', 'A/RES/64/255']]);
    expect(read('texto.          64/255. Mejoramiento de la seguridad vial en el mundo', { body: 'A' })).toEqual([]);
  });
});

describe('a heading over its preamble, whose subject names the body (heldout-bt zh)', () => {
  it('reads a heading without a page body from the preamble\'s subject on a line of its own below it', () => {
    expect(read('第 41 次全体会议 2006/38 欧洲经委会改革工作计划和委员会订正职权范围 经济及社会理事会,')).toEqual([['2006/38', 'E/RES/2006/38']]);
    expect(read('2006/38. Programme de travail\n\nLe Conseil économique et social,')).toEqual([['2006/38', 'E/RES/2006/38']]);
    expect(read('7/19. Combating defamation of religions\n\nThe Human Rights Council,')).toEqual([['7/19', 'A/HRC/RES/7/19']]);
    expect(read('4/9 Addressing single-use plastic products pollution\nThe United Nations Environment Assembly,')).toEqual([['4/9', 'UNEP/EA.4/RES.9']]);
  });
  it('not from a sentence that opens with the body\'s name, nor after a meeting that closes nothing', () => {
    expect(read('12/5. Title of it\nThe General Assembly, by its resolution 60/251 decided').map(([t]) => t)).toEqual(['60/251']);
    expect(read('会议 2006/38 欧洲经委会改革工作计划 经济及社会理事会,')).toEqual([]);
  });
});

describe('a year/number a paragraph of its own on ECOSOC\'s page (heldout-bx ru)', () => {
  it('reads it under the compilation\'s symbol, and only as a paragraph of its own on that page', () => {
    expect(read('E/2010/INF/2/Add.1\n\n2010/16', { body: 'E' })).toEqual([
      ['E/2010/INF/2/Add.1', 'E/2010/INF/2/Add.1'],
      ['2010/16', 'E/RES/2010/16'],
    ]);
    expect(read('  2010/16  \n\nStrengthening crime prevention', { body: 'E' })).toEqual([['2010/16', 'E/RES/2010/16']]);
    expect(read('2010/16', { body: 'E' })).toEqual([['2010/16', 'E/RES/2010/16']]);
    expect(read('Number (Press Release, Order, etc)\n2018/25', { body: 'E' })).toEqual([]);
    expect(read('2010/16\nx', { body: 'E' })).toEqual([]);
    expect(read('see 2010/16', { body: 'E' })).toEqual([]);
    expect(read('2010/16 x', { body: 'E' })).toEqual([]);
    expect(read('2010/16', { body: 'A' })).toEqual([]);
    expect(read('60/251', { body: 'E' })).toEqual([]);
  });
});

describe('a Human Rights Council resolution\'s page: the number under the line that names the Council (heldout-bz ar)', () => {
  it('reads it across a blank line, a star or the adoption date after the name, and a space after its slash', () => {
    expect(read('قرار اعتمده مجلس حقوق الإنسان في 29 أيلول/سبتمبر 2016\n\n33/4- استخدام المرتزقة وسيلة لانتهاك حقوق الإنسان')).toEqual([['33/4', 'A/HRC/RES/33/4']]);
    expect(read('قرار اعتمده مجلس حقوق الإنسان *\n\n15/12 استخدام المرتزقة كوسيلة')).toEqual([['15/12', 'A/HRC/RES/15/12']]);
    expect(read('قرار اعتمده مجلس حقوق الإنسان\n\n28/ 16\n\nالحق في الخصوصية في العصر الرقمي')).toEqual([['28/ 16', 'A/HRC/RES/28/16']]);
    expect(read('Resolution adopted by the Human Rights Council on 29 September 2016\n\n33/4. Use of mercenaries')).toEqual([['33/4', 'A/HRC/RES/33/4']]);
  });
  it('not across anything else between the name and the number', () => {
    expect(read('Human Rights Council 2016 33/4. Use')).toEqual([]);
    expect(read('Human Rights Council\n\npage 12\n\n33/4. Use')).toEqual([]);
    expect(read('Human Rights Council\n\n\n\n33/4. Use')).toEqual([]);
  });
});

describe('a Council pair a paragraph of its own (seen-bz es)', () => {
  it('reads a table cell "2319 (2016)" whose pair the year table holds, as uncertain', () => {
    const text = 'Resolución\n\nTema\n\nAsunto\n\nResumen de la decisión del Consejo\n\n2319 (2016)\n\nSiria\n\nEmpleo de armas químicas en Siria';
    expect(read(text)).toEqual([['2319 (2016)', 'S/RES/2319 (2016)']]);
    expect(findSymbols('2319 (2016)')[0]?.uncertain).toBe(true);
    expect(read(' 1325 (2000) ')).toEqual([['1325 (2000)', 'S/RES/1325 (2000)']]);
    // A pair the table does not hold, or one inside a paragraph of prose: not read.
    expect(read('2319 (2019)')).toEqual([]);
    expect(read('Table 3\n\n12 (2016)')).toEqual([]);
    expect(read('as in 2319 (2016)\n\nnext')).toEqual([]);
  });

  it('reads a pair that is a cell of a table written with bars, a row a line (heldout-ce fr)', () => {
    expect(read('286 (1970) | 9 septembre 1970 | La situation créée par le nombre croissant d\'incidents impliquant le détournement en vol d\'aéronefs commerciaux | 17')).toEqual([['286 (1970)', 'S/RES/286 (1970)']]);
    expect(read('Résolution | Date\n278 (1970) | 11 mai 1970\n| 281 (1970)|')).toEqual([['278 (1970)', 'S/RES/278 (1970)'], ['281 (1970)', 'S/RES/281 (1970)']]);
    // Not a pair the table does not hold, nor one with more in its cell.
    expect(read('286 (1971) | 9 septembre 1970 |')).toEqual([]);
    expect(read('see 286 (1970) | 9 septembre 1970 |')).toEqual([]);
  });
});

describe('a heading padded with spaces after its full stop (heldout-cb en)', () => {
  it('reads "51/145.     Question of Tokelau" on the Assembly’s page', () => {
    expect(read('51/145.     Question of Tokelau', { body: 'A' })).toEqual([['51/145', 'A/RES/51/145']]);
  });
});

describe('a long early heading (heldout-cd en)', () => {
  it('reads an early Assembly heading of up to 240 characters, its number in the sourced session table', () => {
    const heading = '3054. Consideration of the economic and social situation in the Sudano-Sahelian region stricken by drought and measures to be taken for the benefit of that region';
    expect(read(heading, { body: 'A' })).toEqual([['3054', 'A/RES/3054(XXVIII)']]);
  });
});
