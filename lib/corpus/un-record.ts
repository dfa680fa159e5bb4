/**
 * A meeting record (S/PV.…, A/79/PV.…, A/C.4/SR.…): its agenda items and what the meeting did
 * with documents — which draft was adopted as which resolution, and by what vote — read from
 * the record's own sentences in any of the six languages. Pure.
 */
import type { FindOptions } from '../symbols/types';
import { findSymbols } from '../symbols/find';

export interface RecordAction {
  /** The resolution (or decision) the meeting adopted. */
  adopted: string;
  /** The draft it was adopted from, when the record names it. */
  draft?: string;
  /** The vote as the record states it ("13 votes in favour, none against and two abstentions"), or "without a vote". */
  vote?: string;
  /** The record's sentence that says so. */
  sentence: string;
}

const AGENDA_HEAD = /^(?:Agenda|Ordre du jour|Orden del día|Повестка дня|جدول الأعمال|议程)$/i;
const BOILERPLATE = /^(?:This record contains|Le présent procès-verbal|La presente acta|В настоящем отчете|يتضمن هذا المحضر|本记录包括|The meeting was called|La séance est ouverte|Se abre la sesión|Заседание открывается)/i;
const ITEM_IN_BODY = /^(?:Agenda items?|Points? (?=\d)|Temas? (?=\d)|Пункты? (?=\d)|البند (?=\d)|议程项目)\s*(\d{1,3}(?:\s?\([a-z]\))?)/i;

const DRAFT = /draft (?:resolution|decision)|projet de (?:résolution|décision)|proyecto de (?:resolución|decisión)|проект (?:резолюции|решения)|مشروع (?:القرار|قرار|المقرر)|(?:决议|决定)草案/i;
const ADOPTED = /\badopted\b|\badopté|\baprobad[oa]|\bприня[тл]|اعتُمد|اعتمد|获得?通过|通过了/i;
const WITHOUT_VOTE = /without a vote|by consensus|sans vote|sans (?:le )?mettre aux voix|par consensus|sin votación|por consenso|без голосования|консенсусом|دون تصويت|بدون تصويت|بتوافق الآراء|未经表决|协商一致/i;
const VOTE =
  /(?:\b(\w+) votes? in favour, (\w+) against(?:,| and| with)+ (\w+) abstentions?)|(?:by (\d+) votes? to (\d+),? with (\d+) abstentions?)|(?:(\d+) voix pour, (\w+) contre et (\w+) abstentions?)|(?:(\d+) votos a favor, (\w+) en contra y (\w+) abstenciones)/i;

/** Agenda items: the block under "Agenda" in a record's header, and "Agenda item 74" headings in its body. */
export function recordItems(headerLines: readonly string[], bodyLines: readonly string[]): string[] {
  const items: string[] = [];
  const at = headerLines.findIndex((l) => AGENDA_HEAD.test(l));
  if (at >= 0)
    for (let i = at + 1; i < headerLines.length && !BOILERPLATE.test(headerLines[i]!); i++) {
      const l = headerLines[i]!;
      if (/^[a-zа-яё(]/.test(l) && items.length) items[items.length - 1] += ` ${l}`;
      else items.push(l);
    }
  for (let i = 0; i < bodyLines.length; i++) {
    const m = ITEM_IN_BODY.exec(bodyLines[i]!);
    const title = bodyLines[i + 1];
    if (m && title && title.length < 200 && !/[.!?]$/.test(title)) {
      const item = `${m[1]!.replace(/\s+/g, '')}. ${title}`;
      if (!items.includes(item)) items.push(item);
    }
  }
  return items.slice(0, 40);
}

/** Splits a paragraph into sentences (a full stop and a capital, or a Chinese full stop). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-ZÀ-ÝА-ЯЁ\u0600-\u06FF[(])|(?<=[。！？])/);
}

/**
 * What the meeting adopted: for every sentence that says a resolution was adopted, the
 * resolution, the draft named before it (in that sentence or an earlier one) and the vote.
 */
export function recordActions(paragraphs: readonly string[], options: FindOptions = {}): RecordAction[] {
  const actions: RecordAction[] = [];
  let draft: string | undefined;
  let vote: string | undefined;
  for (const p of paragraphs)
    for (const s of sentences(p)) {
      // Only sentences about a draft name what was adopted; the vote may come a sentence before.
      if (!DRAFT.test(s)) {
        const v = VOTE.exec(s);
        if (v) vote = v[0];
        continue;
      }
      const found = findSymbols(s, options);
      const docs = found.filter((m) => m.kind === 'document' && !/\/PV\.|\/SR\./.test(m.symbol));
      if (docs.length) draft = docs[docs.length - 1]!.symbol;
      const v = VOTE.exec(s);
      if (v) vote = v[0];
      else if (WITHOUT_VOTE.test(s)) vote = WITHOUT_VOTE.exec(s)![0];
      const resolutions = found.filter((m) => m.kind !== 'document');
      // Only the record's own statement ("The draft resolution has been adopted as resolution …"), not a speaker recalling an old adoption.
      if (!ADOPTED.test(s) || !resolutions.length) continue;
      // A sentence run together with a list of names before it (no full stop between): from the draft's mention on.
      const said = s.length > 200 ? s.slice(Math.max(0, s.search(DRAFT))) : s;
      for (const r of resolutions) {
        if (actions.some((a) => a.adopted === r.symbol)) continue;
        actions.push({
          adopted: r.symbol,
          ...(draft ? { draft } : {}),
          ...(vote ? { vote } : {}),
          sentence: said.trim().length > 300 ? `${said.trim().slice(0, 299)}…` : said.trim(),
        });
      }
      draft = undefined;
      vote = undefined;
    }
  return actions;
}
