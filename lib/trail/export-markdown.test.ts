import { describe, expect, it } from 'vitest';
import { escapeMarkdown, exportFileName, trailToMarkdown, type ExportStep } from './export-markdown';

const AT = Date.UTC(2026, 10, 22, 22, 45);

describe('trailToMarkdown', () => {
  it('writes a numbered list with links, titles, dates and how', () => {
    const steps: ExportStep[] = [
      { symbol: 'A/RES/77/180', official: true, title: '工业发展合作', date: '2022-12-14', how: 'opened', url: 'https://undocs.org/zh/A/RES/77/180' },
      { symbol: 'A/RES/70/1', official: true, title: '变革我们的世界：2030 年可持续发展议程', date: '2015-09-25', url: 'https://undocs.org/zh/A/RES/70/1' },
      { symbol: 'unstated:unido-idb-48-7', official: false, title: '报告', url: 'https://undocs.org/x' },
    ];
    expect(trailToMarkdown(steps, AT)).toBe(
      [
        '# Citation trail',
        '',
        'Exported 2026-11-22 22:45 UTC from UN Docs Lens.',
        '',
        '1. [A/RES/77/180](https://undocs.org/zh/A/RES/77/180) — 工业发展合作 (2022-12-14, opened)',
        '2. [A/RES/70/1](https://undocs.org/zh/A/RES/70/1) — 变革我们的世界：2030 年可持续发展议程 (2015-09-25)',
        '3. **unstated:unido-idb-48-7** (not an official symbol) — 报告',
        '',
      ].join('\n'),
    );
  });

  it('says so when the trail is empty', () => {
    expect(trailToMarkdown([], AT)).toContain('_The trail is empty._');
  });

  it('uses the given labels', () => {
    const md = trailToMarkdown([{ symbol: 'S/RES/2334 (2016)', official: true }], AT, {
      heading: '引文轨迹',
      exported: '$1 导出',
      empty: '空',
      unofficial: '非正式文号',
    });
    expect(md.split('\n').slice(0, 5)).toEqual(['# 引文轨迹', '', '2026-11-22 22:45 UTC 导出', '', '1. **S/RES/2334 \\(2016\\)**']);
  });

  it.each([
    { url: 'javascript:alert(1)', expected: '1. **A/RES/1/1**' },
    { url: 'https://undocs.org/a (b)', expected: '1. [A/RES/1/1](https://undocs.org/a%20%28b%29)' },
  ])('never writes an unsafe link: $url', ({ url, expected }) => {
    expect(trailToMarkdown([{ symbol: 'A/RES/1/1', official: true, url }], AT)).toContain(`${expected}\n`);
  });

  it('keeps markup in titles as text', () => {
    const md = trailToMarkdown([{ symbol: 'A/RES/1/1', official: true, title: '[x](http://evil) <b>*y*</b>\n# z' }], AT);
    expect(md).toContain('— \\[x\\]\\(http://evil\\) \\<b\\>\\*y\\*\\</b\\> \\# z');
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toHaveLength(1);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain', 'plain'],
    ['a_b*c', 'a\\_b\\*c'],
    ['- item', '\\- item'],
    ['12. list', '12\\. list'],
    ['line\nbreak', 'line break'],
  ])('%s → %s', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

it('names the file by date', () => {
  expect(exportFileName(AT)).toBe('citation-trail-2026-11-22.md');
});
