/**
 * Names of the organs that adopt resolutions, in the six languages (simplified and
 * traditional Chinese), used to attribute a bare "77/180" to the right series.
 */
export type Body = 'A' | 'S' | 'E' | 'A/HRC' | 'CHR' | 'UNEA';

// Order matters: longer names that contain shorter ones come first (人权理事会 before 大会 is
// not an issue, but "Commission on Human Rights" must not read as "Human Rights Council").
const NAMES: [Body, string][] = [
  ['A/HRC', "Human Rights Council|HRC|Conseil des droits de l['’]homme|Consejo de Derechos Humanos|Совет[а-я]{0,3} по правам человека|مجلس حقوق الإنسان|人权理事会|人權理事會"],
  ['CHR', "Commission on Human Rights|Commission des droits de l['’]homme|Comisión de Derechos Humanos|Комисси[а-я]{0,3} по правам человека|لجنة حقوق الإنسان|人权委员会|人權委員會"],
  ['UNEA', "(?:United Nations )?Environment Assembly|UNEA|Assemblée des Nations Unies pour l['’]environnement|Asamblea de las Naciones Unidas sobre el Medio Ambiente|Ассамбле[а-я]{0,3} Организации Объединенных Наций по окружающей среде|جمعية الأمم المتحدة للبيئة|联合国环境大会|环境大会|環境大會"],
  ['S', "Security Council|Conseil de sécurité|Consejo de Seguridad|Совет[а-я]{0,3} Безопасности|مجلس الأمن|安全理事会|安理会|安全理事會|安理會"],
  ['E', "Economic and Social Council|ECOSOC|Conseil économique et social|Consejo Económico y Social|Экономическ[а-я]{0,3} и Социальн[а-я]{0,3} Совет[а-я]{0,3}|ЭКОСОС|المجلس الاقتصادي والاجتماعي|经济及社会理事会|经社理事会|經濟及社會理事會|經社理事會"],
  ['A', "General Assembly|Assemblée générale|Asamblea General|Генеральн[а-я]{0,3} Ассамбле[а-я]{0,3}|الجمعية العامة|联合国大会|联大|大会|聯合國大會|聯大|大會"],
];

const ALL = NAMES.map(([, re]) => `(${re})`).join('|');
/** Body name ending right at the end of the string (allowing a possessive and 第/的). */
const BEFORE = new RegExp(`(?:${ALL})(?:['’]s)?[\\s,]{0,3}(?:在其|其|的)?[\\s第]{0,3}$`);
/** Body name at the start of the string, after connecting words ("of the", "du", "de la", "del"). */
const AFTER = new RegExp(`^[\\s,]{0,3}(?:of the |of |by the |du |de la |de l['’]|del |de |des |)(?:${ALL})`);
const ANY = new RegExp(ALL);
const EVERY = new RegExp(ALL, 'g');

function which(m: RegExpExecArray | null): Body | undefined {
  if (!m) return undefined;
  for (let i = 0; i < NAMES.length; i++) if (m[i + 1] !== undefined) return NAMES[i]![0];
  return undefined;
}

/** The body named at the very end of `s` ("… Security Council" + "resolution"). */
export function bodyBefore(s: string): Body | undefined {
  return which(BEFORE.exec(s));
}

/** The body named at the very start of `s` ("77/180" + " of the General Assembly"). */
export function bodyAfter(s: string): Body | undefined {
  return which(AFTER.exec(s));
}

/** The last body named anywhere in `s` (used for zh, where dates may sit between). */
export function lastBody(s: string): Body | undefined {
  let found: Body | undefined;
  EVERY.lastIndex = 0;
  for (let m = EVERY.exec(s); m; m = EVERY.exec(s)) found = which(m);
  return found;
}

export function anyBody(s: string): Body | undefined {
  return which(ANY.exec(s));
}
