/**
 * Which body issued a page, from what the page says about itself: its address, a Digital
 * Library record's own symbol, a PDF's first-page header, its title and headings. The engine
 * reads bare numbers ("Council resolution 5/1", "resolution 2009/1") with it; a body named in
 * the text itself still wins (the engine's rule). Pure: no DOM.
 */
import { findSymbols, type FindOptions } from '@/lib/symbols';
import { symbolOfUrl } from '@/lib/links/document-url';

type Body = NonNullable<FindOptions['body']>;

/** What a page says about itself; every field optional. */
export interface PageFacts {
  /** The page's address (a PDF's address in the reader). */
  url?: string;
  /** A Digital Library record's own symbol (its "Symbol" field). */
  recordSymbol?: string;
  /** The first lines of a PDF's first page ("United Nations A/RES/70/10 General Assembly …"). */
  pdfHeader?: string;
  title?: string;
  /** The page's first headings, most important first. */
  headings?: readonly string[];
}

/**
 * The body whose documents carry `symbol`: A/HRC/… the Human Rights Council, S/… the Security
 * Council, E/… ECOSOC, A/… the General Assembly and its committees, UNEP/EA.… the UN Environment
 * Assembly. Conferences (A/CONF.…),
 * the old Commission on Human Rights (E/CN.4/…) and other series: none of those four.
 */
export function bodyOfSymbol(symbol: string): Body | undefined {
  if (/^A\/HRC\//.test(symbol)) return 'A/HRC';
  if (/^A\/CONF\./.test(symbol)) return undefined;
  if (/^A\//.test(symbol)) return 'A';
  if (/^S\//.test(symbol)) return 'S';
  if (/^E\/CN\./.test(symbol)) return undefined;
  if (/^E\//.test(symbol)) return 'E';
  if (/^UNEP\/EA\./.test(symbol)) return 'UNEP/EA';
  return undefined;
}

/** Path segments of UN sites that name a body: www.un.org/ecosoc/…, /securitycouncil/…, press codes. */
const PATH_BODIES: [RegExp, Body][] = [
  [/\/(?:hrc|hrcouncil)(?:\/|$)/i, 'A/HRC'],
  [/\/(?:sc|securitycouncil)(?:\/|$)|\/sc\d+\.doc\.htm$/i, 'S'],
  [/\/(?:ecosoc)(?:\/|$)|\/ecosoc\d+\.doc\.htm$/i, 'E'],
  [/\/(?:ga|generalassembly)(?:\/|$)|\/ga\d+\.doc\.htm$/i, 'A'],
];

/** Body names as titles and headings spell them; the councils and the Environment Assembly before the General Assembly (the earliest name in a text wins). */
const NAMED_BODIES: [RegExp, Body][] = [
  [/Human Rights Council|Conseil des droits de l['’]homme|Consejo de Derechos Humanos|Совет по правам человека|مجلس حقوق الإنسان|人权理事会|人權理事會/i, 'A/HRC'],
  [/Security Council|Conseil de sécurité|Consejo de Seguridad|Совет Безопасности|مجلس الأمن|安全理事会|安全理事會|安理会/i, 'S'],
  [/Economic and Social Council|ECOSOC|Conseil économique et social|Consejo Económico y Social|Экономический и Социальный Совет|المجلس الاقتصادي والاجتماعي|经济及社会理事会|經濟及社會理事會|经社理事会/i, 'E'],
  [/United Nations Environment Assembly|UN Environment Assembly|联合国环境大会/i, 'UNEP/EA'],
  [/General Assembly|Assemblée générale|Asamblea General|Генеральная Ассамблея|الجمعية العامة|联合国大会|大会|大會/i, 'A'],
];

function bodyFromAddress(url: string): Body | undefined {
  const symbol = symbolOfUrl(url);
  if (symbol) return bodyOfSymbol(symbol);
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  return PATH_BODIES.find(([re]) => re.test(path))?.[1];
}

/** The body a text names first among the four (a title, a heading). */
export function bodyNamedIn(text: string): Body | undefined {
  let best: { at: number; body: Body } | undefined;
  for (const [re, body] of NAMED_BODIES) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, body };
  }
  return best?.body;
}

/**
 * A PDF's first-page header: the document's own symbol (the first explicit one, before the
 * body's name: "United Nations A/RES/70/10 General Assembly"), else the body it names.
 */
function bodyFromHeader(header: string): Body | undefined {
  // Spaced Chinese headers ("联 合 国 大 会") read as their characters.
  const text = header.slice(0, 600).replace(/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '');
  const own = findSymbols(text).find((m) => m.text.includes('/'));
  return (own && bodyOfSymbol(own.symbol)) ?? bodyNamedIn(text);
}

/**
 * The engine's options for a page: the body from, in order, the record's own symbol, the
 * address (a symbol in it, or a body's section of a UN site), the PDF header, the title, the
 * headings. No body when none of them names one of the four.
 */
export function pageContext(facts: PageFacts): FindOptions {
  const body =
    (facts.recordSymbol ? bodyOfSymbol(facts.recordSymbol) : undefined) ??
    (facts.url ? bodyFromAddress(facts.url) : undefined) ??
    (facts.pdfHeader ? bodyFromHeader(facts.pdfHeader) : undefined) ??
    (facts.title ? bodyNamedIn(facts.title) : undefined) ??
    (facts.headings ?? []).reduce<Body | undefined>((found, h) => found ?? bodyNamedIn(h), undefined);
  return body ? { body } : {};
}
