/**
 * The ordered list of families. Earlier families win when two candidates start at the same
 * place (a URL beats the symbol inside it; an explicit symbol beats a number read by keyword).
 */
import type { Family } from '../family';
import { urlFamily } from './url';
import { documentFamily } from './document';
import { chineseFamily } from './chinese';
import { keywordFamily } from './keyword';
import { sessionFamily } from './session';
import { headingFamily } from './heading';

export const FAMILIES: readonly Family[] = [urlFamily, documentFamily, chineseFamily, keywordFamily, sessionFamily, headingFamily];
