/**
 * Test files in the encodings an import must read: text → bytes in UTF-16 LE/BE (with or
 * without a BOM), UTF-8 with a BOM, GB18030 and Big5. The legacy encodings are made by
 * inverting TextDecoder over every two-byte sequence (no encoder library), so the bytes are the
 * ones a decoder reads back. Used by Node and browser tests.
 */
const tables = new Map<string, Map<string, number[]>>();

function table(encoding: 'gb18030' | 'big5'): Map<string, number[]> {
  let t = tables.get(encoding);
  if (t) return t;
  t = new Map();
  const dec = new TextDecoder(encoding, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const bytes = [lead, trail];
      let ch: string;
      try {
        ch = dec.decode(Uint8Array.from(bytes));
      } catch {
        continue;
      }
      if ([...ch].length === 1 && !t.has(ch)) t.set(ch, bytes);
    }
  tables.set(encoding, t);
  return t;
}

/** `text` in `encoding`; throws on a character the encoding cannot write in two bytes. */
export function encodeText(text: string, encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5', bom = false): Uint8Array<ArrayBuffer> {
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') {
    const body = new TextEncoder().encode(text);
    return encoding === 'utf-8-bom' ? Uint8Array.from([0xef, 0xbb, 0xbf, ...body]) : body;
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
    const le = encoding === 'utf-16le';
    const put = (i: number, u: number) => {
      out[i * 2] = le ? u & 0xff : u >> 8;
      out[i * 2 + 1] = le ? u >> 8 : u & 0xff;
    };
    if (bom) put(0, 0xfeff);
    for (let i = 0; i < text.length; i++) put(i + (bom ? 1 : 0), text.charCodeAt(i));
    return out;
  }
  const t = table(encoding);
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const b = t.get(ch);
      if (!b) throw new Error(`${encoding} cannot write ${ch} (U+${c.toString(16)})`);
      out.push(...b);
    }
  }
  return Uint8Array.from(out);
}
