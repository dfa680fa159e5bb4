import { describe, expect, it } from 'vitest';
import { decodeText, utf16ByNuls } from './decode';
import { encodeText } from './encode-fixture';
import { corpus } from './fixture';

// A real corpus document (GA resolution 77/180, Chinese): every character is in GB18030.
const zh = corpus[0]!.text;
// Its first paragraphs in traditional characters where Big5 has them (a Taiwanese edition would read so).
const zhHant = '大會，\n\n回顧其關於工業發展合作的各項決議，又回顧聯合國經濟、社會、環境及有關領域各次主要大型會議和首腦會議的成果，\n\n1. 注意到秘書長的報告；\n';

describe('decodeText', () => {
  it.each([
    ['UTF-8', encodeText(zh, 'utf-8'), 'utf-8', false],
    ['UTF-8 with BOM', encodeText(zh, 'utf-8-bom'), 'utf-8', true],
    ['UTF-16 LE with BOM', encodeText(zh, 'utf-16le', true), 'utf-16le', true],
    ['UTF-16 BE with BOM', encodeText(zh, 'utf-16be', true), 'utf-16be', true],
    ['UTF-16 LE without BOM', encodeText(zh, 'utf-16le'), 'utf-16le', false],
    ['UTF-16 BE without BOM', encodeText(zh, 'utf-16be'), 'utf-16be', false],
    ['GB18030', encodeText(zh, 'gb18030'), 'gb18030', false],
  ] as const)('reads %s', (_, bytes, encoding, bom) => {
    const out = decodeText(bytes);
    expect(out).toMatchObject({ ok: true, encoding, bom });
    expect(out.ok && out.text).toBe(zh);
  });

  it('reads Big5 (traditional) as Big5 and GB18030 (simplified) as GB18030, though each decodes in the other', () => {
    const big5 = encodeText(zhHant, 'big5');
    expect(new TextDecoder('gb18030', { fatal: true }).decode(big5)).not.toBe(zhHant); // a valid but wrong reading exists
    expect(decodeText(big5)).toMatchObject({ ok: true, encoding: 'big5', text: zhHant });
    const gb = encodeText(zh.slice(0, 3000), 'gb18030');
    expect(decodeText(gb)).toMatchObject({ ok: true, encoding: 'gb18030' });
  });

  it('reads an English text in UTF-16 without BOM, and refuses binary files by their signature', () => {
    const en = 'General Assembly resolution 77/180.\nIndustrial development cooperation\n';
    expect(decodeText(encodeText(en, 'utf-16le'))).toMatchObject({ ok: true, encoding: 'utf-16le', text: en });
    expect(decodeText(new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'))).toMatchObject({ ok: false, reason: 'binary', format: 'PDF' });
    expect(decodeText(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 0xff, 0x81]))).toMatchObject({ ok: false, reason: 'binary' });
    expect(decodeText(Uint8Array.from([0x01, 0x00, 0x00, 0x02, 0x00, 0xff, 0x00, 0x00, 0x81]))).toMatchObject({ ok: false });
  });

  it('an ArrayBuffer and an empty file', () => {
    const bytes = encodeText('77/180. 工业发展合作', 'gb18030');
    expect(decodeText(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)).toMatchObject({ ok: true, encoding: 'gb18030', text: '77/180. 工业发展合作' });
    expect(decodeText(new Uint8Array(0))).toMatchObject({ ok: true, encoding: 'utf-8', text: '' });
  });

  it('tells UTF-16 by its NUL bytes only when they fall on one side', () => {
    expect(utf16ByNuls(encodeText('abc 77/180\n', 'utf-16le'))).toBe('utf-16le');
    expect(utf16ByNuls(encodeText('abc 77/180\n', 'utf-16be'))).toBe('utf-16be');
    expect(utf16ByNuls(new TextEncoder().encode('plain ASCII text'))).toBeUndefined();
    expect(utf16ByNuls(Uint8Array.from([0, 0, 0, 0, 1, 2]))).toBeUndefined();
  });
});
