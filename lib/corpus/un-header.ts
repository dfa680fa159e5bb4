/**
 * The header of a UN document in any of the six languages: the symbols it states at the top
 * (a joint symbol "A/80/500–S/2025/656" states two), the organ, the distribution date, the
 * session, the agenda items, for a resolution its adoption ("Resolution adopted by the General
 * Assembly on 17 November 2015", "[without reference to a Main Committee (A/70/L.8 and Add.1)]",
 * "[on the report of the Second Committee (A/77/447/Add.2)]") and its numbered title, for a
 * letter or report its title. Pure. Reads only what is printed: a symbol the OCR garbled is not
 * repaired, a session numeral it misspelt is left out.
 */
import type { Lang } from '../symbols/types';
import { findSymbols } from '../symbols/find';
import { findDates, firstDate } from './un-dates';
import { ordinalValue } from './un-ordinals';
import {
  ADOPTED_LINE,
  AGENDA,
  AT_MEETING,
  BODY_START,
  MEETING_LINE,
  ON_REPORT,
  OPENING,
  ORGANS,
  RESOLUTION_TITLE,
  SC_RESOLUTION_LINE,
  SESSION,
  TITLE_START,
  WITHOUT_COMMITTEE,
} from './un-words';

export interface Adoption {
  /** 'plenary': adopted without reference to a Main Committee; 'committee': on a committee's report. */
  how: 'plenary' | 'committee';
  /** The committee, as printed (committee adoptions). */
  committee?: string;
  /** The drafts or the report it was adopted on, canonical symbols. */
  documents: string[];
}

export interface UnHeader {
  /** Symbols stated at the top, the first one first. */
  symbols: string[];
  /** The organ as the header names it, and the symbol series of its body. */
  organ?: string;
  body?: string;
  /** Distribution date (ISO). */
  distributed?: string;
  session?: string;
  agendaItems: string[];
  /** Adoption date of a resolution (ISO), its meeting, and on what it was adopted. */
  adoptedOn?: string;
  meeting?: string;
  adoption?: Adoption;
  /** Resolution number as printed ("70/10", "2803 (2025)") and the title. */
  resolution?: string;
  title?: string;
  /** The header's lines, as read. */
  lines: string[];
  /** Index of the first line after the header (the opening "The General Assembly," is header). */
  end: number;
}

// Words beside the symbol on the top line: the organisation's name in each language, distribution marks.
const TOP_WORDS =
  /United Nations|Nations Unies|Naciones Unidas|Организация Объединенных Наций|Организация Объединённых Наций|الأمم المتحدة|联合国|Distr\.?:?\s*\w*|General|Limited|Restricted|UNITED NATIONS|NATIONS|UNITED|LIMITED|GENERAL|\s|[-–—,]/g;

/** The slash-symbols a line states, if the line is little else (a header line, not a sentence). */
export function headerSymbols(line: string): string[] {
  if (line.length > 90) return [];
  const found = findSymbols(line).filter((m) => m.text.includes('/') && !m.uncertain);
  if (!found.length) return [];
  let rest = line;
  for (const m of [...found].reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  if (rest.replace(TOP_WORDS, '').length > 12) return [];
  return [...new Set(found.map((m) => m.symbol))];
}

function organOf(line: string): [string, string] | undefined {
  for (const [re, body] of ORGANS) {
    const m = re.exec(line);
    if (m) return [m[0], body];
  }
  return undefined;
}

/** The body (symbol series) a symbol belongs to, for the bodies the symbol engine takes as context. */
export function bodyOfSymbol(symbol: string): string | undefined {
  if (symbol.startsWith('A/HRC/')) return 'A/HRC';
  const first = /^([A-Z]+)\//.exec(symbol)?.[1];
  return first === 'A' || first === 'S' || first === 'E' ? first : undefined;
}

/**
 * Reads the header from the document's first lines. `lang` is the document's language;
 * the header ends at the body's opening, the first paragraph, or after `max` lines.
 */
export function readHeader(lines: readonly string[], lang: Lang, max = 60): UnHeader {
  const symbols: string[] = [];
  const agendaItems: string[] = [];
  const h: UnHeader = { symbols, agendaItems, lines: [], end: 0 };
  let end = Math.min(lines.length, max);
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (OPENING.test(line)) {
      end = i + 1;
      break;
    }
    if (i > 0 && (BODY_START.test(line) || /^\d{1,3}\.\s/.test(line))) {
      end = i;
      break;
    }
  }
  const head = lines.slice(0, end);
  h.lines = head;
  h.end = end;

  let adoptionLine = -1;
  head.forEach((line, i) => {
    if (i < 12) for (const s of headerSymbols(line)) if (!symbols.includes(s)) symbols.push(s);
    if (!h.organ) {
      const o = organOf(line);
      if (o && line.length < 80 && !ADOPTED_LINE.test(line)) [h.organ, h.body] = o;
    }
    if (!h.session)
      for (const re of SESSION) {
        const m = re.exec(line);
        const n = m ? ordinalValue(m[1]!.replace(/^(?:ال)/, 'ال'), lang) : undefined;
        if (n) {
          h.session = String(n);
          break;
        }
      }
    for (const re of AGENDA) {
      const m = re.exec(line);
      if (m) {
        const item = m[1]!.replace(/\s+/g, '');
        if (!agendaItems.includes(item)) agendaItems.push(item);
      }
    }
    const meeting = MEETING_LINE.exec(line);
    if (meeting) h.meeting ??= meeting.slice(1).find(Boolean);
    if (ADOPTED_LINE.test(line)) {
      adoptionLine = i;
      // The date may run onto the next line ("… at its 10046th meeting, on" / "17 November 2025").
      const withNext = `${line} ${head[i + 1] ?? ''}`;
      h.adoptedOn ??= firstDate(line) ?? firstDate(withNext);
      const at = AT_MEETING.exec(line);
      if (at) h.meeting ??= at.slice(1).find(Boolean);
    }
    if (/^\[.*\]$|^\[/.test(line) && (WITHOUT_COMMITTEE.test(line) || ON_REPORT.test(line))) {
      const bracket = line.endsWith(']') ? line : `${line} ${head[i + 1] ?? ''}`;
      const documents = [...new Set(findSymbols(bracket).filter((m) => m.text.includes('/') || /^Add\.|^Rev\.|^Corr\./.test(m.text)).map((m) => m.symbol))];
      if (WITHOUT_COMMITTEE.test(bracket)) h.adoption = { how: 'plenary', documents };
      else {
        const committee = ON_REPORT.exec(bracket)?.slice(1).find(Boolean)?.trim();
        h.adoption = { how: 'committee', ...(committee ? { committee } : {}), documents };
      }
    }
    if (!h.resolution) {
      const t = RESOLUTION_TITLE.exec(line);
      if (t && !/^\d{1,3}\/\d{1,3}$/.test(line)) {
        h.resolution = t[1]!.replace(/\s+/g, ' ');
        h.title = continueTitle(t[2]!, head, i + 1);
      }
      const sc = SC_RESOLUTION_LINE.exec(line);
      if (sc) h.resolution = `${sc[1] ?? sc[3]} (${sc[2] ?? sc[4]})`;
    }
  });

  // Distribution date: the first date above the adoption line (or anywhere in the header).
  const above = adoptionLine >= 0 ? head.slice(0, adoptionLine) : head;
  h.distributed = firstDate(above.join('\n'));
  if (!h.title && !h.resolution) h.title = documentTitle(head);
  if (!h.organ && symbols[0]) {
    const body = bodyOfSymbol(symbols[0]);
    if (body) h.body = body;
  }
  return h;
}

/** A title wrapped over several lines, up to the body's opening or another header line. */
function continueTitle(first: string, head: readonly string[], from: number): string {
  let title = first.trim();
  for (let i = from; i < head.length && i < from + 3; i++) {
    const l = head[i]!;
    if (OPENING.test(l) || /^[[(]/.test(l) || findDates(l).length || ADOPTED_LINE.test(l)) break;
    title += ` ${l}`;
  }
  return title.replace(/\s+/g, ' ').trim();
}

/** A letter's or report's title: from a title's first words to the body (at most four lines). */
function documentTitle(head: readonly string[]): string | undefined {
  const i = head.findIndex((l) => TITLE_START.test(l));
  if (i < 0) return undefined;
  let title = head[i]!;
  for (let k = i + 1; k < head.length && k < i + 4; k++) {
    const l = head[k]!;
    // A line of figures (a table under the title) or a new title ends it; a date wrapped onto the next line does not.
    if (TITLE_START.test(l) || BODY_START.test(l) || OPENING.test(l) || /[$€]/.test(l) || (/^\d/.test(l) && !/\b(?:to|from|of|on|and|du|au|de|del|al|от|по|في|من)$/i.test(title)) || /[.:]$/.test(title)) break;
    title += ` ${l}`;
  }
  return title.replace(/\s+/g, ' ').trim();
}
