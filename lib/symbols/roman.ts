/** Roman numerals as used for GA and ECOSOC sessions before 1976/1978 (I … LXIII). */
const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** Value of a well-formed roman numeral up to 89, or null ("IIII", "VX", "XLX" are not). */
export function romanValue(s: string): number | null {
  if (!/^L?X{0,3}(?:IX|IV|V?I{0,3})$/.test(s) && !/^XL(?:IX|IV|V?I{0,3})$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = VALUES[s[i]!]!;
    const next = i + 1 < s.length ? VALUES[s[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

/** Roman numeral for 1 … 89. */
export function toRoman(n: number): string {
  const table: [number, string][] = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, r] of table) while (n >= v) (out += r, (n -= v));
  return out;
}
