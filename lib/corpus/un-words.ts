/**
 * The words UN documents print in their headers and paragraph openings, in the six languages:
 * what names an organ, a session, an agenda item, an adoption, a title, the start of the body,
 * a preambular paragraph. Data only (patterns), read by ./un-header.ts and ./un-paragraphs.ts.
 */

/** Organ names as printed → the symbol series of the body. Longest names first. */
export const ORGANS: [RegExp, string][] = [
  [/Economic and Social Council|Conseil économique et social|Consejo Económico y Social|Экономический и Социальный Совет|المجلس الاقتصادي والاجتماعي|经济及社会理事会/i, 'E'],
  [/Human Rights Council|Conseil des droits de l['’]homme|Consejo de Derechos Humanos|Совет по правам человека|مجلس حقوق الإنسان|人权理事会/i, 'A/HRC'],
  [/Security Council|Conseil de sécurité|Consejo de Seguridad|Совет Безопасности|مجلس الأمن|安全理事会/i, 'S'],
  [/General Assembly|Assembl[ée]e g[ée]n[ée]rale|Asamblea General|Генеральная Ассамблея|الجمعية العامة|大会/i, 'A'],
];

/** "The General Assembly," — the line that opens the body of a resolution. */
export const OPENING =
  /^(?:(?:The|Le|La|El|L['’])\s*)?(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|Assemblée générale|Conseil de sécurité|Conseil économique et social|Conseil des droits de l['’]homme|Asamblea General|Consejo de Seguridad|Consejo Económico y Social|Consejo de Derechos Humanos|Генеральная Ассамблея|Совет Безопасности|Экономический и Социальный Совет|Совет по правам человека)\s*[,،]$|^إن\s+(?:الجمعية العامة|مجلس الأمن|المجلس الاقتصادي والاجتماعي|مجلس حقوق الإنسان)\s*[،,]$|^(?:大会|安全理事会|经济及社会理事会|人权理事会)\s*[，,]$/i;

/** Session lines, the numeral in group 1. Regular sessions only ("special session" is another count). */
export const SESSION: RegExp[] = [
  /^(?!.*special)([A-Za-z\- ]{4,40}?)\s+session\b/i,
  /^(?!.*extraordinaire)([A-Za-zÀ-ÿ\- ]{4,40}?)\s+session\b/i,
  /^(?!.*extraordinari)([A-Za-zÀ-ÿ\- ]{4,40}?)\s+período de sesiones\b/i,
  /^(?!.*специальн)([А-Яа-яЁё\- ]{4,40}?)\s+сессия\b/i,
  /^الدورة\s+((?:ال|و)[\u0600-\u06FF ]{3,40})$/,
  /第\s*([一二三四五六七八九十百零\d]{1,6})\s*届\s*会议/,
];

const ITEM = '(\\d{1,3}(?:\\s?\\([a-z]\\))?)';
/** Agenda item lines, the item in group 1 (its first, when a line names several). */
export const AGENDA: RegExp[] = [
  new RegExp(`(?:^|session\\s+)Agenda items?\\s+${ITEM}`, 'i'),
  new RegExp(`(?:^|session\\s+)Points?\\s+${ITEM}.{0,20}de l['’]ordre du jour`, 'i'),
  new RegExp(`(?:^|sesiones\\s+)Temas?\\s+${ITEM}.{0,20}del programa`, 'i'),
  new RegExp(`(?:^|сессия\\s+)Пункты?\\s+${ITEM}.{0,20}повестки дня`, 'i'),
  new RegExp(`البنود?\\s+${ITEM}.{0,20}من جدول الأعمال`),
  new RegExp(`议程项目\\s*${ITEM}`),
];

/** "Resolution adopted by the General Assembly on …" and its translations (a date follows or precedes). */
export const ADOPTED_LINE =
  /^(?:Resolution adopted by|R[ée]solution adopt[ée]e par|Resoluci[óo]n aprobada por|Резолюция,? принятая|قرار اتخذته|Adopted by the Security Council|Adopt[ée]e par le Conseil|Aprobada por el Consejo|Принята Советом|اتخذه مجلس)|大会决议$|安全理事会第.{1,12}次会议通过/i;

/** "[without reference to a Main Committee (…)]" in each language. */
export const WITHOUT_COMMITTEE = /without reference to a Main Committee|sans renvoi (?:à|a) une grande commission|sin remisi[óo]n previa a una Comisi[óo]n Principal|без передачи в главный комитет|دون الإحالة إلى لجنة رئيسية|未经发交主要委员会/i;
/** "[on the report of the Second Committee (…)]" in each language; the committee in group 1 where the language allows. */
export const ON_REPORT =
  /on the report of the ([A-Za-z ]{3,40}?)\s*\(|sur (?:la base du )?rapport de la ([A-Za-zÀ-ÿ ]{3,40}?)\s*\(|sobre la base del informe de la ([A-Za-zÀ-ÿ ]{3,40}?)\s*\(|по докладу ([А-Яа-яЁё ]{3,40}?)\s*\(|بناء على تقرير ([\u0600-\u06FF ]{3,40}?)\s*\(|根据(.{2,12}?)的报告/i;

/** "70/10. Report of the …": the resolution's number (group 1) and title (group 2). */
export const RESOLUTION_TITLE = /^((?:ES-|S-)?\d{1,3}\/\d{1,4}(?:\s?[A-Z](?=[.\s]))?|\d{1,4}(?:\s?[A-Z])?\s?\([IVXLC]{1,6}\))\s*[.\-–]\s+(\S.*)$/;

/** "Resolution 2803 (2025)" heading a Security Council resolution. */
export const SC_RESOLUTION_LINE = /^(?:Resolution|R[ée]solution|Resoluci[óo]n|Резолюция|القرار)\s+(\d{1,4})\s*\((\d{4})\)$|^第\s*(\d{1,4})\s*\((\d{4})\)\s*号决议$/i;

/** Where a document's own title starts (letters, notes, reports, drafts). */
export const TITLE_START =
  /^(?:Letter dated|Identical letters dated|Note verbale dated|Note by|Report of|Report on|Draft resolution|Draft decision|Budget performance|Proposed|Lettre dat[ée]e|Lettres identiques|Note verbale dat[ée]e|Note du|Note de la|Rapport du|Rapport de|Rapport sur|Projet de r[ée]solution|Projet de d[ée]cision|Carta de fecha|Cartas id[ée]nticas|Nota verbal de fecha|Nota del|Nota de la|Informe del|Informe de|Informe sobre|Proyecto de resoluci[óo]n|Proyecto de decisi[óo]n|Письмо|Идентичные письма|Вербальная нота|Записка|Доклад|Проект резолюции|Проект решения|رسالة مؤرخة|رسالتان متطابقتان|مذكرة شفوية|مذكرة من|تقرير|مشروع قرار|مشروع مقرر)|(?:的信|的说明|的报告|决议草案)$/i;

/** The first words of a body that is not a resolution's (letters, reports, summaries). */
export const BODY_START =
  /^(?:I have the honour|We have the honour|J['’]ai l['’]honneur|Nous avons l['’]honneur|Tengo el honor|Tenemos el honor|Имею честь|Имеем честь|أتشرف|نتشرف|谨|Summary|Résumé|Resumen|Резюме|موجز|摘要|The meeting was called to order|La séance est ouverte|Se abre la sesión|Заседание открывается|افتتحت الجلسة|宣布开会|I\.\s|1\.\s)/i;

/** A meeting record's number: "8422nd meeting", "29th plenary meeting", "82e séance plénière" … (group 1). */
export const MEETING_LINE =
  /^(\d{1,5})(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting$|^(\d{1,5})\s?e\s+s[ée]ance(?:\s+pl[ée]ni[èe]re)?$|^(\d{1,5})[ªa.]?\s+sesi[óo]n(?:\s+plenaria)?$|^(\d{1,5})-?е\s+(?:пленарное\s+)?заседание$|^الجلسة\s+(?:العامة\s+)?(\d{1,5})$|^第\s*(\d{1,5})\s*次(?:全体)?会议$/i;

/** "at its 10046th meeting" in a Security Council adoption line (group 1). */
export const AT_MEETING = /(\d{1,5})(?:st|nd|rd|th|e|ª|-?м)?\s+(?:meeting|séance|sesión|заседании)|جلسته\s+(\d{1,5})|第\s*(\d{1,5})\s*次会议/i;

/**
 * Preambular paragraphs open with a participle or an adjective ("Recalling", "Rappelant",
 * "Recordando", "ссылаясь", "إذ تشير", "回顾" …); an operative paragraph is numbered.
 */
export const PREAMBLE_START: RegExp[] = [
  /^(?:Further |Also |Deeply |Gravely |Seriously |Strongly |Firmly |Fully )?(?:[A-Z][a-z]+ing\b|Concerned|Mindful|Convinced|Aware|Conscious|Cognizant|Determined|Alarmed|Encouraged|Guided|Deeply|Gravely|Reaffirming|Noting|Acknowledging|Bearing|Having|Taking|Welcoming|Expressing|Emphasizing|Emphasising|Stressing|Underlining|Underscoring|Recognizing|Recognising|Believing|Desiring|Affirming|Reiterating|Appreciating|Commending|Condemning|Deploring|Regretting|Re-emphasizing)\b/,
  /^(?:(?:Rappelant|R[ée]affirmant|Prenant|Notant|Soulignant|Consid[ée]rant|Ayant|Constatant|Saluant|Accueillant|Reconnaissant|Insistant|Exprimant|Tenant|Sachant|Se f[ée]licitant|Se d[ée]clarant|R[ée]it[ée]rant|Affirmant|Guid[ée]e?|Conscient(?:e|s|es)?|Convaincu(?:e|s|es)?|Profond[ée]ment|Pr[ée]occup[ée]e?|Gravement|Vivement|R[ée]solu(?:e)?|D[ée]termin[ée]e?|Prenant acte|Ayant examin[ée])(?=[\s,;]|$)|[A-ZÉ][a-zéèêàâ]+ant(?=[\s,;]|$))/,
  /^(?:(?:Recordando|Reafirmando|Tomando|Observando|Reconociendo|Acogiendo|Habiendo|Teniendo|Expresando|Destacando|Subrayando|Poniendo|Considerando|Guiad[ao]|Consciente|Convencid[ao]|Profundamente|Preocupad[ao]|Gravemente|Decidid[ao]|Alarmad[ao])(?=[\s,;]|$)|[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?:ando|iendo)(?=[\s,;]|$))/,
  /^(?:ссылаясь|напоминая|вновь|подтверждая|принимая|отмечая|признавая|приветствуя|будучи|выражая|подчеркивая|подчёркивая|учитывая|сознавая|руководствуясь|рассмотрев|с удовлетворением|с обеспокоенностью|с озабоченностью|с тревогой|глубоко|твердо|памятуя|констатируя|заявляя|исходя|считая|желая|осуждая|одобряя|[а-яё]{4,}(?:ясь|ась|вшись))(?![а-яё])/i,
  /^(?:وإذ|إذ|وقد|وإدراكا|واقتناعا|وتسليما|واعترافا|وإقرارا|واقتناع|وإيمانا|وتأكيدا|وترحيبا|وتشديدا|واعتبارا|وإذا)\s/,
  /^(?:又|还|再次|并)?(?:回顾|重申|认识到|注意到|表示注意到|欢迎|强调|着重指出|关切|深为关切|确认|肯定|考虑到|铭记|申明|忆及|赞赏|感谢|意识到|深信|重点指出|特别指出|审议了|收到)/,
];

/** An operative paragraph's number (group 1): "1. ", Arabic "1 - ", Chinese "1. ". */
export const OPERATIVE_START = /^(\d{1,3})\s?(?:\.\s|\s-\s|-\s|\.(?=[^\d\s]))/;
/** A lettered sub-paragraph: "(a) ", "a) ", "(а) ", "(أ) ". */
export const SUB_START = /^\(?([a-zа-я]{1,3}|[\u0621-\u064A])\)\s/;

/** The closing of a GA resolution: "56th plenary meeting" (group 1 … 6 hold the number). */
export const CLOSING_MEETING =
  /^(\d{1,4})(?:st|nd|rd|th)\s+plenary\s+meeting(?=\s|$)|^(\d{1,4})\s?e\s+s[ée]ance\s+pl[ée]ni[èe]re(?=\s|$)|^(\d{1,4})[ªa.]?\s+sesi[óo]n\s+plenaria(?=\s|$)|^(\d{1,4})-?е\s+пленарное\s+заседание(?=\s|$)|^الجلسة\s+العامة\s+(\d{1,4})(?=\s|$)|第\s*(\d{1,4})\s*次\s*全体\s*会议/i;
