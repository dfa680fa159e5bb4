/**
 * A build after adding or removing one file parses only that file (the reader's import and
 * removal are incremental), and gives exactly what a build from nothing gives.
 */
import { describe, expect, it, vi } from 'vitest';
import { renumbered } from '../import/fixture';

const parsed = vi.hoisted(() => ({ count: 0 }));
vi.mock('../corpus/parse', async (original) => {
  const real = await original<typeof import('../corpus/parse')>();
  return { ...real, parseDocument: (file: string, text: string) => (parsed.count++, real.parseDocument(file, text)) };
});

describe('buildIndex on the files it has seen', () => {
  it('parses only the new file, and the index is the same as a cold build', async () => {
    const { buildIndex } = await import('./build');
    const files = Array.from({ length: 6 }, (_, i) => renumbered(600 + i));
    buildIndex(files);
    expect(parsed.count).toBe(6);
    const more = [...files, renumbered(700)];
    const warm = buildIndex(more);
    expect(parsed.count).toBe(7);
    const fewer = buildIndex(files.slice(1));
    expect(parsed.count).toBe(7);

    vi.resetModules();
    const cold = await import('./build');
    expect(JSON.stringify(cold.buildIndex(more))).toBe(JSON.stringify(warm));
    expect(JSON.stringify(cold.buildIndex(files.slice(1)))).toBe(JSON.stringify(fewer));
    // A changed text is parsed again.
    const before = parsed.count;
    buildIndex([{ ...files[0]!, text: files[0]!.text.replace('工业发展合作', '工业发展') }]);
    expect(parsed.count).toBe(before + 1);
  });
});
