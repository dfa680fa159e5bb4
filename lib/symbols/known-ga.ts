/**
 * General Assembly resolutions of the consecutive numbering (1946-1975) that news, NGO and
 * academic pages cite by their bare number ("la Resolución 2065 sobre las Islas Malvinas",
 * "UN Resolution 181 neither partitioned Palestine", "القرار رقم 3379", "第2758号决议").
 *
 * A bare number from 100 on is read as the Security Council's, whose table dates every number up
 * to its last; the same numbers are the Assembly's too, and the Council's reading is then wrong.
 * Neither a hand list of famous numbers nor the number alone can tell them apart: what does is
 * the resolution's subject, which such pages always write in the same sentence. Each entry gives
 * the Assembly resolution's subject in the words of its title, in the six languages; the number
 * reads as the Assembly's only when its sentence speaks of that subject (and, in the callers, no
 * other organ is named at the citation, in the paragraph before it or on the page). The Council
 * resolutions of the same numbers concern other matters (181 (1963) an arms embargo on South
 * Africa, 1514 (2003) Côte d'Ivoire, 2065 (2012) Sierra Leone …), so a Council page citing them
 * does not speak of these subjects.
 *
 * Entries are limited to resolutions whose session the sourced ranges of ga-sessions.ts hold (the
 * symbol must be right, not just the organ), and to subjects that no Council resolution of the
 * same number shares: 1541 (XV), on decolonisation, is left out, as S/RES/1541 (2004) is on
 * Western Sahara, whose texts speak of decolonisation too.
 */
import { gaSession } from './ga-sessions';
import { lineAround, sentenceAround } from './sentence';

const PALESTINE = 'Palestin|Палестин|فلسطين|巴勒斯坦|Isra[eë]l|Израил|إسرائيل|اسرائيل|以色列';
const SELF_DETERMINATION = '[Ss]elf-determination|[Aa]utodeterminaci[oó]n|[Ll]ibre determinaci[oó]n|[Aa]utodétermination|[Сс]амоопределени|تقرير المصير|自决|自決';
const COLONIAL = '[Cc]olonia|[Dd][eé]scoloni|[Dd]ecoloni|[Кк]олониал|[Дд]еколониз|الاستعمار|استعماري|殖民';

const OUTER_SPACE = /[Oo]uter [Ss]pace|[Ee]spacio [Uu]ltraterrestre|[Ee]space extra-atmosphérique|[Кк]осмическ|الفضاء الخارجي|外层空间|外層空間/;
const NIEO = /[Nn]ew [Ii]nternational [Ee]conomic [Oo]rder|[Nn]uevo [Oo]rden [Ee]con[oó]mico [Ii]nternacional|[Nn]ouvel ordre économique international|[Нн]ов[а-я]{2,3} международн[а-я]{2,3} экономическ[а-я]{2,3} порядк|النظام الاقتصادي الدولي الجديد|国际经济新秩序|國際經濟新秩序/;

// prettier-ignore
const KNOWN: ReadonlyArray<readonly [n: number, subject: RegExp]> = [
  // 181 (II): the future government of Palestine (the partition plan).
  // Or the two States it called for ("un État à la fois arabe et juif", "a Jewish State"); "一分為二",
  // the land cut in two.
  [181, new RegExp(`${PALESTINE}|[Pp]artition|[Pp]artage|[Pp]artici[oó]n|[Рр]аздел|التقسيم|تقسيم|分治|一分[為为]二|[ÉE]tat [^.;]{0,20}\\b(?:arabe|juif)|Jewish [Ss]tate|Arab [Ss]tate|Estado [^.;]{0,20}\\b(?:árabe|judío)|دولة يهودية|دولة عربية`)],
  // 194 (III): Palestine, the refugees' return.
  [194, new RegExp(`${PALESTINE}|[Rr]efugee|[Rr][ée]fugi|[Бб]еженц|اللاجئ|العودة|难民|難民`)],
  // 217 (III): the Universal Declaration of Human Rights.
  [217, /Universal Declaration|Déclaration universelle|Declaración Universal|Всеобщ[а-я]{0,3} деклараци|الإعلان العالمي|世界人权宣言|世界人權宣言/],
  // 423 (V): Human Rights Day, 10 December (S/RES/423 (1978) is on Southern Rhodesia).
  [423, /Human Rights Day|[Jj]ournée des droits de l['’]homme|[Dd]ía de los [Dd]erechos [Hh]umanos|[Дд]н[а-я]{0,2} прав человека|يوم حقوق الإنسان|人权日|人權日/],
  // 377 (V): Uniting for peace (the Assembly acting when the Council's veto blocks it).
  [377, /Uniting for [Pp]eace|Union pour le maintien de la paix|Unit[ée] pour la paix|Uni[oó]n pro [Pp]az|Unidos por la [Pp]az|[Ее]динств[а-я]{0,2} в пользу мира|الاتحاد من أجل السلام|متحدون من أجل السلام|联合一致共策和平|聯合一致共策和平|[Vv]eto|[Вв]ето|الفيتو|否决|否決/],
  // 1514 (XV): the Declaration on the granting of independence to colonial countries and peoples,
  // cited for the self-determination of the territories still listed (S/RES/1514 (2003) is on Côte
  // d'Ivoire).
  [1514, new RegExp(`${COLONIAL}|${SELF_DETERMINATION}|[Ii]ndependencia a los pa[ií]ses|[Ii]ndépendance aux pays|Malvinas|Falkland|Мальвин|مالفيناس|马尔维纳斯|Gibraltar|Chagos|Puerto Rico|Nueva Caledonia|Nouvelle-Calédonie|New Caledonia`)],
  // 1803 (XVII): permanent sovereignty over natural resources.
  [1803, /[Nn]atural [Rr]esources|[Rr]essources naturelles|[Rr]ecursos [Nn]aturales|[Пп]риродн[а-я]{0,3} ресурс|الموارد الطبيعية|自然资源|自然資源/],
  // 1505 (XV): future work in the codification and progressive development of international law.
  [1505, /[Cc]odification|[Cc]odificaci[oó]n|кодификаци|تدوين|قوننة|编纂|編纂|[Pp]rogressive development|[Dd]éveloppement progressif|[Dd]esarrollo progresivo/],
  // 2065 (XX): the question of the Falkland Islands (Malvinas), a colonial question.
  // Or the British occupation whose end it asked to negotiate ("la violenta ocupación británica").
  [2065, new RegExp(`Malvinas|Falkland|Мальвин|Фолкленд|مالفيناس|فوكلاند|马尔维纳斯|馬爾維納斯|福克兰|福克蘭|ocupación británica|occupation britannique|British occupation|${COLONIAL}`)],
  // 2106 A (XX): the International Convention on the Elimination of All Forms of Racial Discrimination
  // (S/RES/2106 (2013) is on sexual violence in conflict).
  [2106, /[Rr]acial|[Rr]aciale|[Рр]асов|العنصري|种族|種族/],
  // 2131 (XX): the inadmissibility of intervention in the domestic affairs of States.
  [2131, /[Nn]on-?[Ii]ntervention|[Ii]nadmissibility of [Ii]ntervention|[Nn]on-ingérence|[Nn]o [Ii]ntervención|[Nn]o [Ii]njerencia|[Нн]евмешательств|عدم التدخل|不干涉/],
  // 2200 (XXI): the International Covenants on human rights.
  [2200, /Covenants?|Pactes? international|Pactos? Internacional|[Пп]акт[а-я]{0,2} о|العهد الدولي|العهدين|公约|公約/],
  // 1962 (XVIII): the principles governing the activities of States in outer space; 2222 (XXI): the
  // Outer Space Treaty (S/RES/1962 (2010) is on Côte d'Ivoire, S/RES/2222 (2015) on journalists).
  [1962, OUTER_SPACE],
  [2222, OUTER_SPACE],
  // 2373 (XXII): the Treaty on the Non-Proliferation of Nuclear Weapons.
  [2373, /[Nn]on-[Pp]roliferation|[Nn]on-prolifération|[Nn]o [Pp]roliferaci[oó]n|[Нн]ераспространени|عدم انتشار|不扩散|不擴散/],
  // 2625 (XXV): the Declaration on principles of friendly relations among States.
  // Or its standing as customary international law ("principios … de carácter consuetudinario").
  [2625, /[Ff]riendly [Rr]elations|[Rr]elations amicales|[Rr]elaciones de amistad|[Дд]ружественн[а-я]{0,3} отношени|العلاقات الودية|友好关系|友好關係|consuetudinari|coutumi|[Cc]ustomary international|jurisprudencia internacional|jurisprudence internationale/],
  // 2758 (XXVI): the restoration of the lawful rights of the People's Republic of China; "美西方扭曲
  // 2758號決議", "the US distorts resolution 2758": the dispute over its reading, as Chinese
  // statements and press put it (the words of no Council resolution of that number).
  [2758, /China|Chine|Китай|КНР|الصين|中国|中國|中华人民共和国|中華人民共和國|Taiwan|Taïwan|Taiw[aá]n|Тайван|تايوان|台湾|台灣|臺灣|涉台|两岸|兩岸|歪曲|扭曲|曲解|[Dd]istort/],
  // 3236 (XXIX): the question of Palestine; 3237 (XXIX): observer status of the PLO.
  [3236, new RegExp(PALESTINE)],
  [3237, new RegExp(`${PALESTINE}|PLO|OLP|ООП|منظمة التحرير|巴解`)],
  // 3201 and 3202 (S-VI): the new international economic order; 3281 (XXIX): the Charter of
  // Economic Rights and Duties of States.
  [3201, NIEO],
  [3202, NIEO],
  [3281, /Economic Rights and Duties|[Dd]erechos y [Dd]eberes [Ee]con[oó]micos|[Dd]roits et devoirs économiques|[Ээ]кономических прав|الحقوق والواجبات الاقتصادية|经济权利和义务|經濟權利和義務/],
  // 3314 (XXIX): the definition of aggression.
  [3314, /[Aa]ggression|[Aa]gresi[oó]n|[Аа]гресси|العدوان|侵略/],
  // 3379 (XXX): the elimination of all forms of racial discrimination (Zionism as racism).
  [3379, /[Zz]ionis|[Ss]ionis|[Ss]ionism|[Сс]ионизм|الصهيونية|犹太复国|猶太復國|[Rr]acis|[Rr]acial|[Рр]асизм|[Рр]асов|العنصري|种族|種族/],
];

/**
 * The General Assembly symbol of the bare number `n` cited at [from, to) in `s`, when `n` is one
 * of the catalogue's and the sentence around it (back to a sentence end, at most 300 characters
 * before `from`: a quoted statement runs long; on to one, at most 200 after `to`) speaks of its subject; null otherwise. The
 * caller checks that no organ is named at the citation or taken from the page.
 */
export function knownBySubject(s: string, n: number, from: number, to: number): string | null {
  let subject: RegExp | undefined;
  for (const [k, re] of KNOWN) if (k === n) subject = re;
  if (!subject) return null;
  const session = gaSession(n);
  if (session === null) return null;
  const sentence = sentenceAround(s, from, to);
  if (subject.test(sentence)) return `A/RES/${n}(${session})`;
  // A short "sentence" of a list parted by semicolons (a keyword line, "臺灣; 中華民國; … 2758號決議案;"):
  // the line's subject.
  return sentence.length < 48 && sentence.includes(';') && subject.test(lineAround(s, from, to)) ? `A/RES/${n}(${session})` : null;
}

/** Whether `n` is one of the catalogue's numbers (a cheap test before the sentence is read). */
export function isKnownNumber(n: number): boolean {
  for (const [k] of KNOWN) if (k === n) return true;
  return false;
}
