/** A resolution number (0..4095) in two characters of the base64url alphabet, for number-topics.data.ts. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function encodeNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 4095) throw new Error(`${n} does not fit two characters`);
  return ALPHABET[n >> 6]! + ALPHABET[n & 63]!;
}

/** The number written at `at` of `s`. */
export function decodeNumber(s: string, at: number): number {
  return (ALPHABET.indexOf(s[at]!) << 6) | ALPHABET.indexOf(s[at + 1]!);
}
