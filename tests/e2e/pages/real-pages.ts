/**
 * The real UN pages of tests/e2e/real-pages (byte for byte; see its SOURCES.md) and where each
 * is served: the host and path it came from.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REAL_DIR = resolve('tests/e2e/real-pages');

export interface RealPage {
  file: string;
  host: string;
  path: string;
}

/** Dag Hammarskjöld Library tables of Security Council meetings (www.un.org/depts/dhl/resguide/). */
export const DHL_TABLES: readonly RealPage[] = [
  { file: 'scact1971_table_en.html', host: 'www.un.org', path: '/depts/dhl/resguide/scact1971_table_en.html' },
  { file: 'scact2016_table_en.html', host: 'www.un.org', path: '/depts/dhl/resguide/scact2016_table_en.htm' },
  { file: 'scact2020_covid_table_en.html', host: 'www.un.org', path: '/depts/dhl/resguide/SC_2020-revised.html' },
  { file: 'scact2022_table_en.html', host: 'www.un.org', path: '/depts/dhl/resguide/scact2022_table_en.html' },
  { file: 'scact_veto_table_en.html', host: 'www.un.org', path: '/depts/dhl/resguide/scact_veto_table_en.htm' },
];

/** Digital Library record pages, with the symbols each must link and must not. */
export const LIBRARY_RECORDS: readonly (RealPage & { own: string; related: string[]; never: string[] })[] = [
  {
    file: 'un-voting-resolution.html',
    host: 'digitallibrary.un.org',
    path: '/record/4031995',
    own: 'A/RES/78/165',
    related: ['A/C.2/78/L.30/Rev.1', 'A/78/464/Add.2', 'A/78/PV.49'],
    never: [],
  },
  {
    file: 'un-voting-draft.html',
    host: 'digitallibrary.un.org',
    path: '/record/4027711',
    own: 'A/C.2/78/L.30/Rev.1',
    related: ['A/RES/78/165', 'A/78/464/Add.2'],
    never: [],
  },
  {
    file: 'un-voting-meeting-record.html',
    host: 'digitallibrary.un.org',
    path: '/record/4034255',
    own: 'S/PV.9527',
    related: [],
    // "S/79 [58] YEMEN--POLITICAL CONDITIONS": an agenda heading in a Library search link.
    never: ['S/79'],
  },
  {
    file: 'un-voting-committee-report.html',
    host: 'digitallibrary.un.org',
    path: '/record/4028560',
    own: 'A/78/433',
    related: ['A/C.6/78/L.7', 'A/C.6/78/L.8', 'A/C.6/78/L.9', 'A/C.6/78/L.10'],
    never: [],
  },
  {
    file: 'un-voting-voting-data.html',
    host: 'digitallibrary.un.org',
    path: '/record/4031242',
    own: 'A/RES/78/165',
    related: ['A/C.2/78/L.30/Rev.1', 'A/78/464/Add.2'],
    never: [],
  },
];

/** A Digital Library search: 50 voting-data records a page, each with its resolution's symbol. */
export const LIBRARY_SEARCH: RealPage = { file: 'un-voting-list.html', host: 'digitallibrary.un.org', path: '/search' };

export function realHtml(file: string): Uint8Array {
  return readFileSync(join(REAL_DIR, 'html', file));
}

export function realPdf(file: string): Uint8Array {
  return readFileSync(join(REAL_DIR, 'pdf', file));
}

/**
 * The Digital Library pages load Bootstrap 3 from `/img/bootstrap.min.css`, which was not saved
 * with them. These are the rules of Bootstrap 3.3's grid and collapse that lay out a record's
 * label/value rows (values as Bootstrap ships them): without them the "Symbol" label and its value
 * would be drawn glued together ("SymbolA/RES/78/165"), which is not what a reader sees.
 */
export const LIBRARY_BOOTSTRAP_GRID = `
.row{margin-left:-15px;margin-right:-15px}
.row:after,.row:before{content:" ";display:table}.row:after{clear:both}
.col-md-10,.col-md-2,.col-md-6,.col-sm-10,.col-sm-12,.col-sm-2,.col-sm-3,.col-sm-9,.col-xs-12,.col-xs-2,.col-xs-5,.col-lg-12,.col-lg-2{position:relative;min-height:1px;padding-left:15px;padding-right:15px}
.col-xs-12,.col-xs-2,.col-xs-5{float:left}.col-xs-12{width:100%}.col-xs-5{width:41.66666667%}.col-xs-2{width:16.66666667%}
@media (min-width:768px){.col-sm-10,.col-sm-12,.col-sm-2,.col-sm-3,.col-sm-9{float:left}.col-sm-12{width:100%}.col-sm-10{width:83.33333333%}.col-sm-9{width:75%}.col-sm-3{width:25%}.col-sm-2{width:16.66666667%}}
@media (min-width:992px){.col-md-10,.col-md-2,.col-md-6{float:left}.col-md-10{width:83.33333333%}.col-md-6{width:50%}.col-md-2{width:16.66666667%}}
.collapse{display:none}.collapse.in{display:block}
.metadata-row:after{content:" ";display:table;clear:both}
`;
