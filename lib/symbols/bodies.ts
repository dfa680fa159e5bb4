/**
 * Names of the organs that adopt resolutions, in the six languages (simplified and
 * traditional Chinese), used to attribute a bare "77/180" to the right series.
 */
import { codeAt } from './chars';

export type Body = 'A' | 'S' | 'E' | 'A/HRC' | 'CHR' | 'UNEA' | 'other';

// Order matters: longer names that contain shorter ones come first (人权理事会 before 大会 is
// not an issue, but "Commission on Human Rights" must not read as "Human Rights Council").
// "Совет безопасности РФ", "СБ Украины", "Совбез России": a State's own security council or
// service, not the United Nations' (read as another body below).
const NATIONAL_RU = '\\s(?:РФ|России|Российской|Украины|Беларуси|Белоруссии|Республики|Казахстана|Армении|Грузии|Азербайджана|Киргизии|Кыргызстана|Таджикистана|Узбекистана|Молдовы)(?![А-Яа-яЁё])';

// A government adopting a resolution of its own, named right before the keyword: see 'other' below.
// (One alternative a word: each must open with its own character for the opening-character index.)
const GOVERNMENT_ADOPTING = [
  ...['Government', 'government', 'Правительство', 'правительство', 'Gouvernement', 'gouvernement'],
  ...['Gobierno', 'gobierno', 'الحكومة'],
]
  .map((w) => `${w}\\s{1,2}(?:adopted|приняло|a adopté|adoptó|aprobó|اعتمدت|أصدرت)(?=\\s{1,2}(?:(?:a|la|une|una)\\s{1,2})?$)`)
  .join('|');

const NAMES: [Body, string][] = [
  // "el CDH adoptó la decisión 6/102": the Spanish initials ("du CDHNU": the French, with the
  // Organization's); "СОВЕТ ПО ПРАВАМ ЧЕЛОВЕКА": a heading in capitals.
  // "Совет ООН по правам человека … принял резолюцию 35/21": ООН inside the name, as the Commission's below.
  // "DEL CONSEJO DE SEGURIDAD", "GENERAL ASSEMBLY": headings and tables of contents in capitals.
  ['A/HRC', "Human Rights Council|HUMAN RIGHTS COUNCIL|CONSEJO DE DERECHOS HUMANOS|CONSEIL DES DROITS DE L['’]HOMME|(?<![A-Za-z/])UN ?HRC(?![A-Za-z/])|(?<![A-Za-z/])HRC(?![A-Za-z/])|Conseil des [Dd]roits de l['’]?[Hh]omme|Consejo de [Dd]erechos [Hh]umanos|Consejo de DD\\.?\\s?HH\\.?(?![A-Za-z])|Consejo (?:de )?DH(?![A-Za-z])|Consejo DDHH(?![A-Za-z])|(?<![A-Za-z/])CDH(?:NU)?(?![A-Za-z/])|Совет[а-я]{0,3} (?:ООН )?по [Пп]равам [Чч]еловека|СПЧ ООН|СОВЕТ[А-Я]{0,3} ПО ПРАВАМ ЧЕЛОВЕКА|مجلس حقو ?ق ال[إا]نسان|人权理事会|人權理事會"],
  // "CHR Res 2002/33": the Commission's initials, as commentaries and footnotes cite it (never the
  // refugee agency's UNHCR); "Резолюция Комиссии ООН по правам человека 2005/59": ООН inside the name.
  // "Commission for Human Rights resolution 2004/87": a delegate's wording of its name. "la Comisin de
  // Derechos Humanos": a copy whose encoding lost the ó (as the keyword's "resolucin"). "لجنة حقو ق
  // الإنسان", "مجلس حقو ق الإنسان": a PDF's extraction split the word (so the Council's name above).
  // "اللجنة المعنية بحقوق الإنسان … القرار 2005/59": the Human Rights Committee's Arabic name, which
  // some Arabic texts give the Commission (the Committee adopts no resolutions).
  ['CHR', "Commission on Human Rights|COMMISSION ON HUMAN RIGHTS|Commission for Human Rights|Commission des droits de l['’]?homme(?: \\(CDH\\))?|Comisió?n de Derechos Humanos(?: \\(CDH\\))?|(?<![A-Za-z/])(?:UN)?CHR(?![A-Za-z/])|Комисси[а-я]{0,3} (?:ООН )?по правам человека|لجنة حقو ?ق ال[إا]نسان|اللجنة المعنية بحقوق ال[إا]نسان|人权委员会|人權委員會"],
  ['UNEA', "(?:United Nations )?Environment Assembly|(?<![A-Za-z/])UNEA(?![A-Za-z/])|Assemblée des Nations Unies pour l['’]environnement|Asamblea de las Naciones Unidas sobre el Medio Ambiente|Asamblea de la ONU sobre el Medio Ambiente|Asamblea (?:de la ONU )?para el Medio Ambiente|Ассамбле[а-я]{0,3} (?:Организации Объедин[её]нных Наций|ООН) по окружающей среде|Ассамбле[а-я]{0,3} по окружающей среде|ЮНЕА|جمعية الأمم المتحدة للبيئة|联合国环境大会|环境大会|環境大會"],
  // "Conseil e'conomique et social": the United Nations' French pages of the 1990s in ASCII.
// The press's initials: CSNU (Conseil de sécurité / Consejo de Seguridad de las Naciones Unidas),
  // AGNU and UNGA (the Assembly), "Consejo de DDHH", "Consejo DH", "СПЧ ООН" (СПЧ alone is also a Russian
  // presidential council).
  // French press capitalises the second word ("Conseil de Sécurité", "Assemblée Générale") or drops its accents;
  // a heading in title case every word ("Medidas Adoptadas Por El Consejo De Seguridad").
  // "Совет безопасности" in lower case, "резолюцию СБ 2513" (the initials without ООН, as ГА below).
  // Arabic pages often drop the hamza ("مجلس الامن", "حقوق الانسان"); the plain alef is the same word.
  ['S', `Security Council|SECURITY COUNCIL|CONSEJO DE SEGURIDAD|CONSEIL DE S[ÉE]CURIT[ÉE]|(?<![A-Za-z/])UNSC(?![A-Za-z/])|Conseil [Dd]e [Ss][ée]curit[ée]|Consejo [Dd]e [Ss]eguridad|(?<![A-Za-z/])CSNU(?![A-Za-z/])|Совет[а-я]{0,3} [Бб]езопасности(?!${NATIONAL_RU})|СБ ООН|СБ(?![А-Яа-яЁё]|${NATIONAL_RU})|Совбез[а-я]{0,3}(?![а-я]|${NATIONAL_RU})|مجلس ال[أا]من(?!\\s{1,2}وال(?:سلم|سلام))|安全理事会|安理会|安全理事會|安理會`],
  ['E', "Economic and Social Council|ECOSOC|Conseil (?:é|e')conomique et social|Consejo Económico y Social|Экономическ[а-я]{0,3} и Социальн[а-я]{0,3} Совет[а-я]{0,3}|ЭКОСОС|المجلس الاقتصادي والاجتماعي|经济及社会理事会|经社理事会|經濟及社會理事會|經濟暨社會理事會|經社理事會|經社會"],
  // Bodies whose resolutions and decisions are not UN documents in the series above (functional
  // commissions, regional commissions, executive boards, specialized agencies): a number they
  // adopted must never be linked as a General Assembly or ECOSOC one. Listed before 'A' so that
  // 世界卫生大会 (World Health Assembly) is not read as 大会.
  ['other', [
    "Commission on Narcotic Drugs|Commission des stupéfiants|Comisión de Estupefacientes|Комисси[а-я]{0,3} по наркотическим средствам|لجنة المخدرات|麻醉药品委员会|麻醉藥品委員會",
    "Commission on Crime Prevention and Criminal Justice|Commission pour la prévention du crime et la justice pénale|Comisión de Prevención del Delito y Justicia Penal|Комисси[а-я]{0,3} по предупреждению преступности и уголовному правосудию|لجنة منع الجريمة والعدالة الجنائية|预防犯罪和刑事司法委员会",
    "Commission on the Status of Women|Commission de la condition de la femme|Comisión de la Condición Jurídica y Social de la Mujer|Комисси[а-я]{0,3} по положению женщин|لجنة وضع المرأة|妇女地位委员会|婦女地位委員會",
    "Commission on Population and Development|Commission de la population et du développement|Comisión de Población y Desarrollo|Комисси[а-я]{0,3} по народонаселению и развитию|لجنة السكان والتنمية|人口与发展委员会",
    "Commission for Social Development|Commission du développement social|Comisión de Desarrollo Social|Комисси[а-я]{0,3} социального развития|لجنة التنمية الاجتماعية|社会发展委员会",
    "Statistical Commission|Commission de statistique|Comisión de Estadística|Статистическ[а-я]{0,3} комисси[а-я]{0,3}|اللجنة الإحصائية|统计委员会",
    "Economic and Social Commission for Asia and the Pacific|ESCAP|CESAP|Economic Commission for (?:Africa|Europe|Latin America and the Caribbean)|ECLAC|CEPAL|Commission économique pour l['’](?:Afrique|Europe)|Comisión Económica para (?:América Latina y el Caribe|África|Europa)|亚洲及太平洋经济社会委员会|亚太经社会|亞太經社會|拉丁美洲和加勒比经济委员会|拉加经委会|非洲经济委员会|欧洲经济委员会",
    // The regional commissions' Conferences of Ministers ("Conference of Ministers resolution 718 (XXVI)" of the ECA).
    "Conference of Ministers|Conférence des ministres|Conferencia de Ministros|Конференци[а-я]{0,3} министров|مؤتمر الوزراء",
    // A State's cabinet ("قرار مجلس الوزراء رقم ٣٠٨", a Saudi cabinet's decision), or the OAU's Council of Ministers.
    "Council of Ministers|Conseil des [Mm]inistres|Consejo de Ministros|Совет[а-я]{0,3} [Мм]инистров|Кабинет[а-я]{0,3} [Мм]инистров|مجلس الوزراء",
    "Executive Board|Conseil d['’]administration|Conseil exécutif|Junta Ejecutiva|Consejo Ejecutivo|Исполнительн[а-я]{0,3} совет[а-я]{0,3}|المجلس التنفيذي|执行局|執行局",
    // UNCTAD's own resolutions ("第115(V)号决议" of the Conference) are not the GA's.
    "United Nations Conference on Trade and Development|(?<![A-Za-z/])UNCTAD(?![A-Za-z/])|CNUCED|Conferencia de las Naciones Unidas sobre Comercio y Desarrollo|Конференци[а-я]{0,3} Организации Объединенных Наций по торговле и развитию|ЮНКТАД|مؤتمر الأمم المتحدة للتجارة والتنمية|الأونكتاد|联合国贸易和发展会议|贸发会议|貿發會議",
    "Governing Council|Governing Body|Trade and Development Board|Board of Governors|Conseil des gouverneurs|Junta de Gobernadores|Совет[а-я]{0,3} управляющих|مجلس المحافظين",
    // The OAU and the African Union adopt their own resolutions ("resolution 77 (XII) adopted by the
    // Assembly of Heads of State and Government of the Organization of African Unity").
    "Assembly of Heads of State\\s{1,2}and\\s{1,2}Government|Conférence des chefs d['’]État et de gouvernement|Organization of African Unity|Organisation de l['’]unité africaine|Organización de la Unidad Africana|Организаци[а-я]{0,3} африканского единства|منظمة الوحدة الأفريقية|非洲统一组织|非洲統一組織|(?<![A-Za-z/])OAU(?![A-Za-z/])|(?<![A-Za-z/])OUA(?![A-Za-z/])|African Union|Union africaine|Unión Africana|Африканск[а-я]{0,3} союз[а-я]{0,3}|الاتحاد الأفريقي|非洲联盟|非洲聯盟",
    // The African Commission on Human and Peoples' Rights numbers its resolutions on ("resolution 263
    // of 5 November 2013" on persons with albinism is no Council resolution); "la résolution 263 de la
    // Commission africaine": its name cut short.
    "African Commission(?: on Human and Peoples['’] Rights)?|Commission africaine(?: des droits de l['’]homme et des peuples)?|Comisión Africana(?: de Derechos Humanos y de los Pueblos)?|Африканск[а-я]{0,3} комисси[а-я]{0,3} по правам человека и народов|اللجنة الأفريقية لحقوق الإنسان والشعوب|非洲人权和人民权利委员会|非洲人權和人民權利委員會",
    // The African Union's Peace and Security Council numbers its communiqués and decisions on ("قرار
    // مجلس الأمن والسلم الافريقى رقم ١١٥٦", its Arabic name's words sometimes turned about).
    "Peace and Security Council|Conseil de paix et de sécurité|Consejo de Paz y Seguridad|Совет[а-я]{0,3} мира и безопасности|مجلس السلم والأمن|مجلس ال[أا]من وال(?:سلم|سلام)|和平与安全理事会|和平與安全理事會",
    // A government adopting a resolution of its own ("правительство приняло резолюцию № 837 о
    // мероприятиях"): a government adopts none of the Organization's. (Read only right before the
    // keyword, where the text before it ends: "the Government adopted a plan on resolution 1325".)
    GOVERNMENT_ADOPTING,
    // The League of Arab States' Council ("قرار مجلس الجامعة رقم 1610 بتاريخ 7 سبتمبر 1959").
    "مجلس الجامعة|جامعة الدول العربية|League of Arab States|Arab League|Ligue des États arabes|Liga de los Estados Árabes|Лиг[а-я]{0,2} арабских государств|阿拉伯国家联盟|阿拉伯國家聯盟",
    // A State's security council: "Совет безопасности РФ", "СБ Украины" (NATIONAL_RU above).
    `Совет[а-я]{0,3} [Бб]езопасности${NATIONAL_RU}|СБ${NATIONAL_RU}|Совбез[а-я]{0,3}${NATIONAL_RU}`,
    // UN-Habitat's Governing Council and the Organisation of Islamic Cooperation number their
    // resolutions by session as the Human Rights Council does ("resolution 19/4", "resolution 9/20").
    "UN-Habitat|ONU-Habitat|ООН-Хабитат|موئل الأمم المتحدة|人居署|Organi[sz]ation of (?:the )?Islamic (?:Cooperation|Conference)|Organisation de la (?:coopération|conférence) islamique|Organización de (?:Cooperación|la Conferencia) Islámica|(?<![A-Za-z/])OIC(?![A-Za-z/])|منظمة التعاون الإسلامي|伊斯兰合作组织",
    // The ITU's Plenipotentiary Conference and the Universal Postal Union's Congress number their own
    // resolutions ("International Telecommunication Union resolution 186" is no Council resolution).
    "International Telecommunication Union|Union internationale des télécommunications|Unión Internacional de Telecomunicaciones|Международн[а-я]{0,3} союз[а-я]{0,3} электросвязи|الاتحاد الدولي للاتصالات|国际电信联盟|國際電信聯盟|(?<![A-Za-z/])ITU(?![A-Za-z/])|Plenipotentiary Conference|Conférence de plénipotentiaires|Conferencia de Plenipotenciarios|Universal Postal Union|Union postale universelle|Unión Postal Universal|Всемирн[а-я]{0,3} почтов[а-я]{0,3} союз[а-я]{0,3}|الاتحاد البريدي العالمي|万国邮政联盟|萬國郵政聯盟",
    // The Trusteeship Council numbered its resolutions with a Roman session as ECOSOC did ("resolution 2149 (XXXIX)").
    "Trusteeship Council|Conseil de tutelle|Consejo de Administración Fiduciaria|Совет[а-я]{0,3} по опеке|مجلس الوصاية|托管理事会|託管理事會",
    // The Council of Europe's assemblies number their resolutions too ("Resolution No. 465 … adopted by
    // the Consultative Assembly of the Council of Europe", "Резолюция 1416 ПАСЕ": its initials).
    "Council of Europe|Conseil de l['’]Europe|Consejo de Europa|Совет[а-я]{0,3} Европы|مجلس أوروبا|欧洲委员会|歐洲委員會|Consultative Assembly|Parliamentary Assembly|Assemblée parlementaire|Asamblea Parlamentaria|Парламентск[а-я]{0,3} ассамбле[а-я]{0,3}|(?<![A-Za-z/])PACE(?![A-Za-z/])|(?<![A-Za-z/])APCE(?![A-Za-z/])|(?<![А-Яа-я])ПАСЕ(?![А-Яа-я])",
    // The Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean numbers its
    // General Conference's resolutions by session ("резолюцией 267 (E-V)").
    "(?<![A-Za-z])OPANAL(?![A-Za-z])|ОПАНАЛ",
    "World Health Assembly|Assemblée mondiale de la Santé|Asamblea Mundial de la Salud|Всемирн[а-я]{0,3} ассамбле[а-я]{0,3} здравоохранения|جمعية الصحة العالمية|世界卫生大会|世界衛生大會",
    "General Conference of (?:UNESCO|the (?:IAEA|International Atomic Energy Agency|United Nations Educational, Scientific and Cultural Organization))|UNESCO|IAEA|ILO|International Labour Conference|WHO|FAO|教科文组织|原子能机构|国际劳工组织|世卫组织|粮农组织",
  ].join('|')],
  // "Резолюции 2758 Генеральной ассамблеи": the Assembly in lower case is still the Assembly.
  ['A', "General Assembly|GENERAL ASSEMBLY|ASAMBLEA GENERAL|ASSEMBL[ÉE]E G[ÉE]N[ÉE]RALE|(?<![A-Za-z/])UNGA(?![A-Za-z/])|(?<![A-Za-z/])AGNU(?![A-Za-z/])|Assemblée [Gg][ée]n[ée]rale|Asamblea General|Генеральн[а-я]{0,3} [Аа]ссамбле[а-я]{0,3}|ГА ООН|ГА(?![А-Яа-яЁё])|Генассамбле[а-я]{0,3}|الجمعي\u0651?ة العام\u0651?ة?(?![\u0621-\u064A])|联合国大会|联大|大会|聯合國大會|聯大|大會"],
];

/** The page's body (FindOptions.body) in the engine's terms. */
export function pageBody(options: { body?: string }): Body | undefined {
  switch (options.body) {
    case 'A':
    case 'S':
    case 'E':
    case 'A/HRC':
      return options.body;
    case 'UNEP/EA':
      return 'UNEA';
    default:
      return undefined;
  }
}

/** The top-level alternatives of a pattern ("a|(?:b|c)d" → "a", "(?:b|c)d"). */
function alternatives(re: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(re.slice(from, i));
      from = i + 1;
    }
  }
  out.push(re.slice(from));
  return out;
}

/**
 * The characters an alternative can begin with: its first literal character, after a leading
 * lookbehind; both openings of "(?:United Nations )?Environment Assembly". Throws on a name
 * it cannot read, so a new name shaped differently fails every test rather than going unseen.
 */
function openings(alt: string): string[] {
  const bare = alt.replace(/^\(\?<!\[[^\]]*\]\)/, '');
  const optional = /^\(\?:([^()|]*)\)\?(.)/.exec(bare);
  if (optional) return [optional[1]![0]!, optional[2]!];
  const c = bare[0];
  if (c === undefined || '[\\(.^$|)'.includes(c)) throw new Error(`bodies: cannot read the first character of ${alt}`);
  return [c];
}

/**
 * For each character a name can begin with, a sticky pattern of the names that begin with it,
 * in NAMES order, one group per body that has such a name (its body in OPENING_BODIES, so
 * `which` reads it). A scan then runs, at each character, only the few names that can start
 * there: a search for all the names at once tried every name at every common character ("大",
 * "国", "人"), about 20 ns per character. (A group for every body, empty for most, kept the
 * group numbers NAMES' ones, but each try then went through some 60 groups, and a match's array
 * held as many entries: a quarter of a scan's time.)
 */
let OPENING_PATTERNS: RegExp[] | undefined;
/** By the index of OPENING_PATTERNS, the body of each of its groups in order. */
const OPENING_BODIES: Body[][] = [];
const HAN_NAME = /^[\u4e00-\u9fff]{2,8}$/;
/** By character code: 1 + the index in OPENING_PATTERNS of the names opening with it, or 0. */
const OPENING = new Uint8Array(0x10000);
/**
 * Built at the first use, not when the script is evaluated: some 60 patterns, about 8 ms in a new
 * renderer, which the content script's first task (its evaluation) does not need to carry.
 */
function openingPatterns(): RegExp[] {
  if (OPENING_PATTERNS) return OPENING_PATTERNS;
  const patterns: RegExp[] = [];
  const perChar = new Map<string, string[][]>();
  NAMES.forEach(([, re], g) => {
    for (const alt of alternatives(re)) {
      for (const c of openings(alt)) {
        const groups = perChar.get(c) ?? NAMES.map(() => []);
        // "Consejo de⏎Derechos Humanos", "Consejo Económico y⏎Social": PDF text breaks a name's lines;
        // "Human Rights⏎  Council": wrapped text (YAML, markdown, e-mail) indents the next line.
        // "人 權 委 員會": a Chinese PDF's text may space a name's characters apart.
        groups[g]!.push(HAN_NAME.test(alt) ? [...alt].join(' ?') : alt.replace(/ /g, '(?:\\s|\\n[ \\t]{1,8})'));
        perChar.set(c, groups);
      }
    }
  });
  for (const [c, groups] of perChar) {
    // The alternatives stay in NAMES order: the match, and the group that makes it, are those of
    // the pattern with a group for every body.
    const live = NAMES.map(([body], g) => [body, groups[g]!] as const).filter(([, alts]) => alts.length > 0);
    patterns.push(new RegExp(live.map(([, alts]) => `(${alts.join('|')})`).join('|'), 'y'));
    OPENING_BODIES.push(live.map(([body]) => body));
    OPENING[c.charCodeAt(0)] = patterns.length;
  }
  return (OPENING_PATTERNS = patterns);
}

/** What may stand between a body's name and the keyword it qualifies ("… Security Council's", "大会第"). */
export const RIGHT_BEFORE = /^(?:['’]s)?[\s,]{0,3}(?:在其|其|的)?[\s第]{0,3}$/;
/** Body name at the start of the string, after connecting words ("of the", "du", "de la", "del"). */
// "de la antigua Comisión", "de la ex Comisión", "of the former Commission", "бывшей Комиссии": a
// body that no longer sits.
// "dans sa résolution 168, que l'Assemblée générale … fixe", "la resolución 2334 que el Consejo de
// Seguridad aprobó", "resolution 2334 that the Security Council adopted": the adopter as the subject
// of a relative clause right after the number.
// "DEL CONSEJO DE SEGURIDAD", "OF THE GENERAL ASSEMBLY": a heading in capitals. "of the UN Human Rights
// Council": the Organization's name between.
const LINK = `(?:OF THE |DEL |DE LA |DU |DE L['’])|(?:الصادر|الصادرة|المتخذ|المتخذة)\\s(?:عن|من)\\s|(?:adopted |taken )?(?:by the |by )|of the (?:UN |U\\.N\\. |United Nations )|of the |of |(?:adoptée |prise )?par (?:le |la |l['’])|du |de la |de l['’]|(?:aprobada |adoptada )?por (?:el |la )|del |de |des |принят[а-я]{0,3} |(?:of the former |de la antigua |de la extinta |de la ex |de l['’]ancienne |de l['’]ex-|бывш[а-я]{2,3} )|(?:que (?:le |la |el |l['’])|qu['’]|that the )`;
// Read step by step (leading spaces, then each connecting word in LINK's order or none, then the
// names that can start there, in NAMES order: the order a single pattern `^[\s,]{0,3}(?:LINK|)
// (?:names)` tries them in). That single pattern took V8 some 40 ms to compile at its first use
// on a page, inside a chunk of the overlay's work in each new renderer; these are small.
const LEAD = /^[\s,]{0,3}/;
// (A line may break between the connecting words, as within a name.)
const LINKS = alternatives(LINK).map((alt) => new RegExp(alt.replace(/ /g, '\\s'), 'y'));
// All of them at once, tried first: after most numbers no connecting word stands (", 2004", " (2016)"),
// and one failed match costs less than a score of them.
const ANY_LINK = new RegExp(LINK.replace(/ /g, '\\s'), 'y');
/** A body tied to the number before it by a connecting word ("2089 de l'Assemblée générale"). */
// A Russian genitive or the Arabic li- is its own connecting word ("Резолюция 3379 Генеральной
// Ассамблеи", "резолюция 181 Генассамблеи ООН", "резолюция 1973 СБ ООН", "القرار 2065 للجمعية العامة").
const LEAD_LINKED = /^\s{1,2}/;
/** Names that are their own connecting word (genitives, contractions), read without one of LINK before them. */
const SELF_LINKED = /Генеральной [Аа]ссамбле|Генассамбле|ГА ООН|Совета Безопасности|СБ ООН|Совбеза/y;
// "القرار 2065 للجمعية العامة": the preposition li- fused to the article, read only after a number
// (not among NAMES: a name opening with the common ل would be tried at every ل of a paragraph).
const ASSEMBLY_LI = /^\s{1,2}للجمعي\u0651?ة العام\u0651?ة?(?![\u0621-\u064A])/;
const LI_LEAD = /^\s{1,2}ل/;

/**
 * Any other body after the li- ("القرار 2000/10 للجنة حقوق الإنسان", "القرار 1701 لمجلس الأمن",
 * "القرار 1997/2 للمجلس الاقتصادي والاجتماعي"): the name read with the ل taken off (before a
 * name of its own, لجنة, مجلس) or standing for the article's alef (للمجلس = ل + المجلس).
 */
function bodyAfterLi(s: string): Body | undefined {
  if (ASSEMBLY_LI.test(s)) return 'A';
  const m = LI_LEAD.exec(s);
  if (!m) return undefined;
  const rest = s.slice(m[0].length, m[0].length + 80);
  return nameAt(rest, 0)?.body ?? (rest.charCodeAt(0) === 0x644 ? nameAt(`ا${rest}`, 0)?.body : undefined);
}

/** The body of the group that matched in OPENING_PATTERNS[k - 1]. */
function which(m: RegExpExecArray | null, k: number): Body | undefined {
  if (!m) return undefined;
  const bodies = OPENING_BODIES[k - 1]!;
  for (let i = 0; i < bodies.length; i++) if (m[i + 1] !== undefined) return bodies[i];
  return undefined;
}

/** The body whose name starts at `at` in `s` (the first in NAMES order), with the offset after it. */
function nameAt(s: string, at: number): { body: Body; end: number } | undefined {
  if (at >= s.length) return undefined;
  const patterns = openingPatterns();
  const k = OPENING[codeAt(s, at)]!;
  if (k === 0) return undefined;
  const re = patterns[k - 1]!;
  re.lastIndex = at;
  const body = which(re.exec(s), k);
  return body ? { body, end: re.lastIndex } : undefined;
}

/**
 * A body's name at the start of `s` after `lead`: after the first connecting word (LINK, in its
 * order) that a name follows, else right after the lead when `bare` allows (or a self-linked name).
 */
function nameAfter(s: string, lead: RegExp, bare: boolean): { body: Body; end: number } | undefined {
  const m = lead.exec(s);
  if (!m) return undefined;
  const at = m[0].length;
  ANY_LINK.lastIndex = at;
  if (ANY_LINK.test(s)) {
    for (const link of LINKS) {
      link.lastIndex = at;
      if (!link.test(s)) continue;
      const found = nameAt(s, link.lastIndex);
      if (found) return found;
    }
  }
  if (bare) return nameAt(s, at);
  SELF_LINKED.lastIndex = at;
  return SELF_LINKED.test(s) ? nameAt(s, at) : undefined;
}

// "186 de l’assemblée générale du 14 mai 1948": the Assembly's name in lower case, read only after
// a connecting word right after a number (among NAMES, a name opening with "a" would be tried at
// every "a" of a paragraph).
const ASSEMBLY_LOWER = /^[\s,]{0,3}(?:of the |by the |de l['’]|de la |del |par l['’])(?:general assembly|assemblée générale|asamblea general)(?![a-zà-ÿ])/;

/** The body after a number that NAMES' patterns do not read: after the li- (bodyAfterLi), or the Assembly in lower case. */
function bodyAfterOtherwise(s: string): Body | undefined {
  return bodyAfterLi(s) ?? (ASSEMBLY_LOWER.test(s) ? 'A' : undefined);
}

/** The body named at the very start of `s` ("77/180" + " of the General Assembly"). */
export function bodyAfter(s: string): Body | undefined {
  return nameAfter(s, LEAD, true)?.body ?? bodyAfterOtherwise(s);
}

/** The body at the start of `s` when a connecting word ties it to what precedes ("of the", "de la"). */
export function bodyAfterLinked(s: string): Body | undefined {
  return nameAfter(s, LEAD_LINKED, false)?.body ?? bodyAfterOtherwise(s);
}

/** Like bodyAfter, with the offset just after the body's name. */
export function bodyAfterAt(s: string): { body: Body; end: number } | undefined {
  return nameAfter(s, LEAD, true);
}

/**
 * The last body named in `s`, with the offset just after its name (names read left to right,
 * each after the end of the one before, as a global search would).
 */
export function lastBodyAt(s: string): { body: Body; end: number } | undefined {
  let found: { body: Body; end: number } | undefined;
  for (let next = nextBodyAt(s, 0); next; next = nextBodyAt(s, next.end)) found = next;
  return found;
}

/** Whether `body` is among the bodies named in `s` (not only the last one), read as lastBodyAt reads them. */
export function namesBody(s: string, body: Body): boolean {
  return lastBodyFitting(s, (b) => b === body) !== undefined;
}

/** The last body named in `s` that `fits` accepts (names read as lastBodyAt reads them). */
export function lastBodyFitting(s: string, fits: (body: Body) => boolean): { body: Body; end: number } | undefined {
  let found: { body: Body; end: number } | undefined;
  for (let next = nextBodyAt(s, 0); next; next = nextBodyAt(s, next.end)) if (fits(next.body)) found = next;
  return found;
}

/** The first body named in `s` from `from` on, with the offset just after its name. */
function nextBodyAt(s: string, from: number): { body: Body; end: number } | undefined {
  const patterns = openingPatterns();
  for (let i = from, n = s.length; i < n; i++) {
    // Read directly, not through codeAt: the index never leaves the text, and `s` is a piece cut
    // from a text (a few kinds of string), so V8 compiles the read in place. Through codeAt,
    // inlined into the keyword family's contexts, it stayed a call for each character (2% of the
    // blocks' time in a perf profile; the blocks 0.5-4% faster without it, alternating runs).
    const k = OPENING[s.charCodeAt(i)]!;
    if (k === 0) continue;
    const re = patterns[k - 1]!;
    re.lastIndex = i;
    const m = re.exec(s);
    // (Names are never empty: a search from this one's end moves on.)
    if (m) return { body: which(m, k)!, end: re.lastIndex };
  }
  return undefined;
}
