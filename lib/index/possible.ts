/**
 * Whether a symbol can name a real document, from what is known of how its body numbers them.
 * Used to keep readings of a typed query that cannot exist out of results ("77/180" reads as
 * A/RES/77/180 or A/DEC/77/180, and the second cannot be: see /work/shared/UN-SYMBOLS.md §3.1).
 * Pure. Unsure cases answer true: only a number its series never reaches is refused.
 */

/**
 * General Assembly, regular sessions from the 31st: resolutions of a session are numbered from 1
 * and no session has reached 400; decisions are numbered in blocks from 301 (elections and
 * appointments) and 401/501 (other matters). Special and emergency special sessions number
 * both from 1, so they are left alone.
 */
const GA = /^A\/(RES|DEC)\/(\d+)\/(\d+)(?:\s|$)/;
const RES_MAX = 399;
const DEC_MIN = 301;

/** False only for a symbol whose number its series cannot have; true otherwise. */
export function canExist(symbol: string): boolean {
  const m = GA.exec(symbol);
  if (!m) return true;
  const session = Number(m[2]);
  const n = Number(m[3]);
  if (session < 31) return true;
  return m[1] === 'RES' ? n <= RES_MAX : n >= DEC_MIN;
}
