/**
 * Chinese numerals as UN Chinese documents write session numbers (第七十七届, 第十九届,
 * 第四十八届, 第一百零二届) → integers. Pure.
 */
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a Chinese or Arabic numeral up to 9999, or undefined when `s` is not one. */
export function zhNumber(s: string): number | undefined {
  const t = s.trim();
  if (/^\d{1,4}$/.test(t)) return Number(t);
  if (!t || !/^[零〇一二两三四五六七八九十百千]+$/.test(t)) return undefined;
  let total = 0;
  let digit = 0;
  for (const ch of t) {
    if (ch in DIGITS) digit = DIGITS[ch]!;
    else {
      total += (digit || 1) * UNITS[ch]!;
      digit = 0;
    }
  }
  return total + digit;
}
