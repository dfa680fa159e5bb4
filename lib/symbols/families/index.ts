/**
 * The families, in order. Earlier families win when two candidates start at the same place (a
 * URL beats the symbol inside it; an explicit symbol beats a number read by keyword).
 */
import type { FindOptions } from '../types';
import type { Candidate } from '../family';
import type { Sites } from '../sites';
import { urlFamily } from './url';
import { documentFamily } from './document';
import { chineseFamily } from './chinese';
import { keywordFamily } from './keyword';
import { sessionFamily } from './session';
import { headingFamily } from './heading';

/**
 * Each family's candidates in `text`, one list per family in the order above. Each family is
 * called from a call site of its own: called from one site in a loop over a list of families, the
 * six calls went through V8's generic call path, which a perf profile of a real page's short
 * blocks (cells, paragraphs) showed; those blocks run some 3% faster so (alternating runs).
 */
export function candidatesByFamily(text: string, options: FindOptions, sites: Sites): Candidate[][] {
  return [
    urlFamily.find(text, options, sites),
    documentFamily.find(text, options, sites),
    chineseFamily.find(text, options, sites),
    keywordFamily.find(text, options, sites),
    sessionFamily.find(text, options, sites),
    headingFamily.find(text, options, sites),
  ];
}
