/**
 * A file's bytes → its text, with the encoding it was written in: a byte-order mark (UTF-8,
 * UTF-16 LE/BE), UTF-16 without one (told by where its NUL bytes fall), UTF-8, or the legacy
 * Chinese encodings GB18030 (which reads GBK and GB2312) and Big5, each tried with a decoder
 * that refuses bad bytes. The bytes are decoded here, never by `Blob.text()` (which reads only
 * UTF-8, and in Firefox turns a UTF-16 file with a BOM into replacement characters), so Chrome
 * and Firefox read a file the same. Uses only TextDecoder; runs in Node, pages and workers.
 */

/** The encodings a file can be read in (WHATWG labels). */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export type Decoded =
  | { ok: true; text: string; encoding: TextEncodingName; /** it began with a byte-order mark */ bom: boolean }
  | { ok: false; /** why not: a binary format we know, or bytes no encoding here reads */ reason: 'binary' | 'unknown-encoding'; format?: string };

/** Signatures of binary formats readers drop by mistake (PDF extraction, if any, comes before decoding). */
const SIGNATURES: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]], // %PDF
  ['ZIP (Word, OpenDocument)', [0x50, 0x4b, 0x03, 0x04]],
  ['Word 97-2003', [0xd0, 0xcf, 0x11, 0xe0]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b);
}

/** Decodes strictly: undefined when `bytes` are not valid in `encoding`. */
function strict(bytes: Uint8Array, encoding: TextEncodingName): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 without a BOM: text in any script has NUL bytes in the high half of its ASCII code units
 * (digits, spaces, line breaks, Latin letters) — at odd offsets in little-endian, even in big-endian —
 * and few in the other half. Looks at the first 64 KB.
 */
export function utf16ByNuls(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 65536) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  // Some ASCII (at least 2% of code units: every line break counts) and a clear side. The other
  // side has a few too: one CJK character in 256 has a zero low byte (一 is U+4E00); in the
  // corpus's Chinese text they are 3% of the ASCII count.
  if (odd >= pairs * 0.02 && even <= odd * 0.15) return 'utf-16le';
  if (even >= pairs * 0.02 && odd <= even * 0.15) return 'utf-16be';
  return undefined;
}

// Frequent characters of Chinese text, simplified and traditional: a text read in the wrong legacy
// encoding decodes to rare characters, so the reading with more of these is the right one.
const COMMON =
  '的一是在不了有和人这這中大为為上个個国國我以要他时時来來用们們生到作地于於出就分对對成会會可主发發年动動同工也能下过過子说說产產种種面而方后後多定行学學法所民得经經十三之进進着著等部度家电電力里裡如水化高自二理起小物现現实實加量都两兩体體制机機当當使点點从從业業本去把性好应應开開它合还還因由其些然前外天政四日那社义義事平形相全表间間样樣与與关關各重新线線内內数數正心反明看原又么麼利比或但质質气氣第向道命此变變条條只没沒结結解问問意建月公无無系军軍很情者最立代想已通并並提直题題程展五果料象员員革位入常文总總次品式活设設及管特件长長求老头頭基资資边邊流路级級少图圖山统統接知较較将將组組见見计計别別手角期根论論运運农農指几幾九区區强強放决決西被做必战戰先回则則任取据據处處府研议議联聯合织織会决议決議安全理事会秘书書报報告委员員届屆';
const COMMON_SET = new Set(COMMON);

function commonShare(text: string): number {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x3400 && c <= 0x9fff) {
      han++;
      if (COMMON_SET.has(ch)) common++;
    }
  }
  return han ? common / han : 0;
}

/** Control characters other than tab, line feed, form feed and carriage return: a sign of a wrong reading. */
function controlShare(text: string): number {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) bad++;
  }
  return text.length ? bad / text.length : 0;
}

/**
 * Reads `bytes` as text. Order: byte-order mark; UTF-16 by its NUL bytes; binary signatures;
 * UTF-8; then GB18030 and Big5, the one whose reading has more common Chinese characters.
 * Never throws.
 */
export function decodeText(input: ArrayBuffer | Uint8Array): Decoded {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strict(bytes.subarray(3), 'utf-8');
    if (text !== undefined) return { ok: true, text, encoding: 'utf-8', bom: true };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    // Lenient here: a BOM says what the file is; a stray bad pair becomes U+FFFD and the import checks count those.
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(2));
    return { ok: true, text, encoding, bom: true };
  }
  const utf16 = utf16ByNuls(bytes);
  if (utf16) {
    const text = strict(bytes, utf16);
    if (text !== undefined && controlShare(text) < 0.01) return { ok: true, text, encoding: utf16, bom: false };
  }
  const sig = SIGNATURES.find(([, s]) => startsWith(bytes, s));
  if (sig) return { ok: false, reason: 'binary', format: sig[0] };
  const utf8 = strict(bytes, 'utf-8');
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8', bom: false };
  // NUL bytes outside UTF-16: not text.
  if (bytes.includes(0)) return { ok: false, reason: 'binary' };
  const readings = (['gb18030', 'big5'] as const)
    .map((encoding) => ({ encoding, text: strict(bytes, encoding) }))
    .filter((r): r is { encoding: 'gb18030' | 'big5'; text: string } => r.text !== undefined && controlShare(r.text) < 0.01);
  if (!readings.length) return { ok: false, reason: 'unknown-encoding' };
  const best = readings.reduce((a, b) => (commonShare(b.text) > commonShare(a.text) ? b : a));
  return { ok: true, text: best.text, encoding: best.encoding, bom: false };
}

/** How the options page names an encoding. */
export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GB18030',
  big5: 'Big5',
};
