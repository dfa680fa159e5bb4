import { describe, expect, it } from 'vitest';
import { cleanQuery, MAX_QUERY_CHARS } from './clean-query';

describe('cleanQuery', () => {
  it('turns control characters and zero-width spaces into plain spaces', () => {
    expect(cleanQuery('  77/180\u0000\u0007\n\tA/RES\u200b ')).toBe('77/180 A/RES');
  });
  it('cuts very long input', () => {
    expect(cleanQuery('7'.repeat(100_000))).toHaveLength(MAX_QUERY_CHARS);
  });
  it('keeps markup as the characters typed', () => {
    expect(cleanQuery('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});
