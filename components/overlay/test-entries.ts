/** Hand-written entries for the card's unit tests (shapes of lib/index/view.ts). */
import type { CitationView, EntryView } from '@/lib/index/view';

const at = (n: string) => ({ part: 'preamble' as const, n, anchor: `p-pre-${n}` });
const cite = (symbol: string, n: string, title?: string): CitationView => ({ symbol, state: 'cited', at: at(n), verbGroup: 'recalls', ...(title ? { title } : {}) });

export const CORPUS_ENTRY: EntryView = {
  id: 'A/RES/77/180',
  symbol: 'A/RES/77/180',
  official: true,
  state: 'corpus',
  kind: 'ga-resolution',
  source: 'bundled',
  title: '工业发展合作',
  date: '2022-12-14',
  organ: '大会',
  session: '77',
  agendaItem: '22(b)',
  keywords: [],
  summary: '大会回顾其关于工业发展合作的各项决议。',
  lang: 'zh',
  mentions: [],
  cites: ['49/108', '51/170', '53/177', '55/187', '57/243'].map((n, i) => cite(`A/RES/${n}`, String(i + 1))),
  citedBy: [cite('GC.20/Res.1', '2', 'Industrial development cooperation')],
  readable: true,
};

export const CITED_ENTRY: EntryView = {
  id: 'A/RES/70/1',
  symbol: 'A/RES/70/1',
  official: true,
  state: 'cited',
  kind: 'ga-resolution',
  source: 'none',
  title: '变革我们的世界：2030 年可持续发展议程',
  date: '2015-09-25',
  keywords: [],
  mentions: [
    { ...cite('A/RES/77/180', '4', '工业发展合作'), quote: '重申其题为“变革我们的世界：2030 年可持续发展议程”的 2015 年 9 月 25 日第 70/1 号决议' },
    cite('A/RES/59/249', '2'),
  ],
  cites: [],
  citedBy: [cite('A/RES/77/180', '4')],
  readable: false,
};

export const UNKNOWN_ENTRY: EntryView = {
  id: 'A/RES/70/299',
  symbol: 'A/RES/70/299',
  official: true,
  state: 'unknown',
  kind: 'ga-resolution',
  source: 'none',
  keywords: [],
  mentions: [],
  cites: [],
  citedBy: [],
  readable: false,
};
