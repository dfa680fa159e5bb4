/**
 * A small hand-written index (three documents, cited entries, a series) for tests of the
 * queries and of UI pieces: `createQueries(memoryReader(FIXTURE_INDEX))`. Not bundled.
 */
import { termsOf } from './terms';
import { INDEX_FORMAT, INDEX_VERSION, type CitationRecord, type EntryRecord, type IndexFile } from './types';

const terms = (id: string, ...texts: string[]) => [...new Set([id.toLowerCase(), ...termsOf(texts.join('\n'))])].sort();

const at = (part: 'preamble' | 'operative', n: string) => ({ part, n, anchor: part === 'preamble' ? `p-pre-${n}` : `p-op-${n}` });

const entries: EntryRecord[] = [
  {
    id: 'A/RES/77/180',
    source: 'bundled',
    official: true,
    symbolBasis: 'inferred',
    kind: 'ga-resolution',
    state: 'corpus',
    title: '工业发展合作',
    date: '2022-12-14',
    organ: '大会',
    body: 'A',
    session: '77',
    agendaItem: '22(b)',
    adoptedOn: { report: 'A/77/447/Add.2', paragraph: '8' },
    keywords: ['工业发展'],
    summary: '大会回顾关于工业发展合作的决议，请秘书长提交报告。',
    lang: 'zh',
    seriesId: 'series:工业发展合作',
    terms: terms('A/RES/77/180', '工业发展合作', '大会回顾关于工业发展合作的决议，请秘书长提交报告。', '可持续工业化'),
  },
  {
    id: 'A/RES/59/249',
    source: 'bundled',
    official: true,
    symbolBasis: 'inferred',
    kind: 'ga-resolution',
    state: 'corpus',
    title: '工业发展合作',
    date: '2004-12-22',
    keywords: [],
    summary: '大会注意到工业发展的作用。',
    lang: 'zh',
    seriesId: 'series:工业发展合作',
    terms: terms('A/RES/59/249', '工业发展合作', '大会注意到工业发展的作用。'),
  },
  {
    id: 'unstated:unido-idb-48',
    source: 'bundled',
    official: false,
    symbolBasis: 'none',
    kind: 'document',
    state: 'corpus',
    title: '工发组织年度报告',
    organ: '工业发展理事会',
    body: 'UNIDO/IDB',
    session: '48',
    keywords: ['energy', 'Climate change'],
    summary: 'Annual report on renewable energy and climate programmes.',
    lang: 'zh',
    terms: terms('unstated:unido-idb-48', '工发组织年度报告', 'Annual report on renewable energy and climate programmes.', 'energy climate change'),
  },
  {
    id: 'A/RES/55/187',
    source: 'bundled',
    official: true,
    symbolBasis: 'stated',
    kind: 'ga-resolution',
    state: 'cited',
    title: '工业发展合作',
    date: '2000-12-20',
    keywords: [],
    seriesId: 'series:工业发展合作',
    terms: terms('A/RES/55/187', '工业发展合作'),
  },
  {
    id: 'A/RES/70/1',
    source: 'bundled',
    official: true,
    symbolBasis: 'stated',
    kind: 'ga-resolution',
    state: 'cited',
    title: '变革我们的世界：2030 年可持续发展议程',
    date: '2015-09-25',
    keywords: [],
    terms: terms('A/RES/70/1', '变革我们的世界：2030 年可持续发展议程'),
  },
];

const citations: CitationRecord[] = [
  { from: 'A/RES/77/180', to: 'A/RES/55/187', source: 'bundled', at: at('preamble', '1'), verb: '回顾', verbGroup: 'recalls', quote: '回顾其第 55/187 号决议' },
  { from: 'A/RES/77/180', to: 'A/RES/59/249', source: 'bundled', at: at('preamble', '1'), verb: '回顾', verbGroup: 'recalls' },
  {
    from: 'A/RES/77/180',
    to: 'A/RES/70/1',
    source: 'bundled',
    at: at('preamble', '2'),
    verb: '重申',
    verbGroup: 'reaffirms',
    date: '2015-09-25',
    title: '变革我们的世界：2030 年可持续发展议程',
  },
  { from: 'A/RES/77/180', to: 'A/RES/46/151', source: 'bundled', at: at('preamble', '1'), verb: '回顾', verbGroup: 'recalls' },
  { from: 'A/RES/59/249', to: 'A/RES/55/187', source: 'bundled', at: at('operative', '3'), verb: '注意到', verbGroup: 'notes', title: '工业发展合作', date: '2000-12-20' },
  { from: 'unstated:unido-idb-48', to: 'A/RES/70/1', source: 'bundled', at: { part: 'body', n: '4', anchor: 'p-4' }, verbGroup: 'other', date: '2015-09-25' },
];

/** The fixture. A/RES/46/151 is cited but has no entry (a dangling edge: the queries must still answer). */
export const FIXTURE_INDEX: IndexFile = {
  format: INDEX_FORMAT,
  version: INDEX_VERSION,
  corpusVersion: 'fixture-1',
  documents: [
    {
      id: 'A/RES/77/180',
      source: 'bundled',
      heading: ['第七十七届会议', '议程项目 22(b)'],
      paragraphs: [
        { at: at('preamble', '1'), text: '回顾其第 55/187 号和第 59/249 号决议，' },
        { at: at('operative', '1'), text: '请秘书长提交报告。' },
      ],
      footnotes: [],
    },
    { id: 'A/RES/59/249', source: 'bundled', heading: [], paragraphs: [{ at: at('operative', '3'), text: '注意到第 55/187 号决议。' }], footnotes: [] },
    { id: 'unstated:unido-idb-48', source: 'bundled', heading: ['工业发展理事会'], paragraphs: [], footnotes: [] },
  ],
  entries,
  citations,
  series: [
    {
      id: 'series:工业发展合作',
      source: 'bundled',
      title: '工业发展合作',
      members: [
        { symbol: 'A/RES/46/151' },
        { symbol: 'A/RES/55/187', date: '2000-12-20' },
        { symbol: 'A/RES/59/249', date: '2004-12-22' },
        { symbol: 'A/RES/77/180', date: '2022-12-14' },
      ],
    },
  ],
  files: [],
};
