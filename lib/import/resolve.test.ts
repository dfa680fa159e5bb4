import { describe, expect, it } from 'vitest';
import { buildIndex } from '../index/build';
import { resolveImport } from './resolve';
import { corpus, RECIPE, renumbered } from './fixture';

const bundled = new Set(buildIndex(corpus).files.map((f) => f.id!));

describe('resolveImport', () => {
  it('imports a new document as the reader\'s own, with its title', () => {
    const r = resolveImport([], [renumbered(901)], buildIndex, bundled);
    expect(r.reports).toEqual([{ name: 'res-77-901.md', ok: true, id: 'A/RES/77/901', title: '工业发展合作' }]);
    expect(r.kept.map((f) => f.id)).toEqual(['A/RES/77/901']);
    const all = [...r.records.entries, ...r.records.documents, ...r.records.citations, ...r.records.series];
    expect(all.length).toBeGreaterThan(3);
    expect(all.every((x) => x.source === 'user')).toBe(true);
  });

  it('reports each bad file by name with its reason and still imports the others', () => {
    const r = resolveImport([], [RECIPE, { name: 'empty.txt', text: '' }, renumbered(901), { name: 'x.pdf', text: 'PK\u0000' }, corpus[1]!], buildIndex, bundled);
    expect(r.reports.map((x) => [x.name, x.ok, x.reason?.key])).toEqual([
      ['recipe.txt', false, 'optionsImportRejected'],
      ['empty.txt', false, 'optionsImportEmpty'],
      ['res-77-901.md', true, undefined],
      ['x.pdf', false, 'optionsImportBinary'],
      [corpus[1]!.name, false, 'optionsImportInBundle'],
    ]);
    expect(r.reports[0]!.reason!.subs[0]).toBeTruthy();
    expect(r.kept.map((f) => f.name)).toEqual(['res-77-901.md']);
    expect(r.records.files.map((f) => f.file)).toEqual(['res-77-901.md']);
  });

  it('rejects a second file claiming the same document, and the same name twice', () => {
    const r = resolveImport([], [renumbered(901, 'a.md'), renumbered(901, 'b.md'), renumbered(902, 'a.md')], buildIndex, bundled);
    expect(r.reports.map((x) => x.reason?.key)).toEqual([undefined, 'optionsImportRejected', 'optionsImportSameName']);
    expect(r.reports[1]!.reason!.subs[0]).toContain('a.md');
  });

  it('rejects a document the reader already imported under another name', () => {
    const first = resolveImport([], [renumbered(901, 'a.md')], buildIndex, bundled);
    const r = resolveImport(first.kept, [renumbered(901, 'b.md')], buildIndex, bundled);
    // The builder itself refuses the second claimant here (a.md sorts first); either way the reason names a.md.
    expect(r.reports[0]!.ok).toBe(false);
    expect(r.reports[0]!.reason!.subs.join(' ')).toContain('a.md');
    expect(r.kept.map((f) => f.name)).toEqual(['a.md']);
  });

  it('keeps the earlier file when a newcomer that sorts first claims its document', () => {
    const first = resolveImport([], [renumbered(901, 'z.md')], buildIndex, bundled);
    const r = resolveImport(first.kept, [renumbered(901, 'a.md')], buildIndex, bundled);
    expect(r.reports[0]!.reason).toEqual({ key: 'optionsImportDuplicate', subs: ['A/RES/77/901', 'z.md'] });
    expect(r.kept.map((f) => f.name)).toEqual(['z.md']);
    expect(r.records.files.map((f) => f.file)).toEqual(['z.md']);
  });

  it('replaces an earlier file of the same name and builds all files together', () => {
    const first = resolveImport([], [renumbered(901, 'a.md'), renumbered(902, 'b.md')], buildIndex, bundled);
    const r = resolveImport(first.kept, [renumbered(903, 'a.md')], buildIndex, bundled);
    expect(r.kept.map((f) => f.id).sort()).toEqual(['A/RES/77/902', 'A/RES/77/903']);
    expect(r.records.documents.map((d) => d.id).sort()).toEqual(['A/RES/77/902', 'A/RES/77/903']);
  });

  it('turns a builder that throws into a rejection of the new files, keeping the earlier ones', () => {
    const first = resolveImport([], [renumbered(901, 'a.md')], buildIndex, bundled);
    const picky = (files: { name: string; text: string }[]) => {
      if (files.some((f) => f.name === 'bad.md')) throw new Error('parser broke');
      return buildIndex(files);
    };
    const r = resolveImport(first.kept, [renumbered(902, 'bad.md')], picky, bundled);
    expect(r.reports).toEqual([{ name: 'bad.md', ok: false, reason: { key: 'optionsImportRejected', subs: ['parser broke'] } }]);
    expect(r.kept.map((f) => f.name)).toEqual(['a.md']);
  });

  it('throws, rather than dropping everything, when the builder fails on the earlier files alone', () => {
    const first = resolveImport([], [renumbered(901, 'a.md')], buildIndex, bundled);
    expect(() => resolveImport(first.kept, [], () => { throw new Error('broken'); }, bundled)).toThrow('broken');
  });

  it('reports an earlier file that no longer builds instead of losing it silently', () => {
    const r = resolveImport([{ name: 'old.md', text: RECIPE.text }, renumbered(901, 'a.md')], [], buildIndex, bundled);
    expect(r.dropped.map((d) => [d.name, d.reason?.key])).toEqual([['old.md', 'optionsImportRejected']]);
    expect(r.kept.map((f) => f.name)).toEqual(['a.md']);
  });
});
