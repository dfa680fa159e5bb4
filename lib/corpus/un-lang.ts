/**
 * Which of the six UN languages a document is written in, from its letters and its most
 * common words. Pure. The header words of every language are printed in English on some pages
 * ("Distr.: General", "Original: English"), so the body's words decide, not the first line.
 */
import type { Lang } from '../symbols/types';

const ARABIC = /[\u0600-\u06FF]/g;
const CYRILLIC = /[\u0400-\u04FF]/g;
const CJK = /[\u3400-\u9FFF]/g;
// Words frequent in one Latin-script language and rare in the other two.
const FRENCH = /\b(?:les|des|du|de la|et|est|une|pour|dans|qui|sur|au|aux)\b/gi;
const SPANISH = /\b(?:los|las|del|el|y|una|para|por|con|que|sobre|al)\b/gi;
const ENGLISH = /\b(?:the|of|and|to|in|that|for|on|with|its|by)\b/gi;

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

/** The language of `text` (its first 20,000 characters are enough), English when nothing tells. */
export function detectLang(text: string): Lang {
  const sample = text.slice(0, 20_000);
  const scripts: [Lang, number][] = [
    ['ar', count(sample, ARABIC)],
    ['ru', count(sample, CYRILLIC)],
    ['zh', count(sample, CJK)],
  ];
  const latin = count(sample, /[A-Za-zÀ-ÿ]/g);
  const [script, n] = scripts.sort((a, b) => b[1] - a[1])[0]!;
  // Chinese text needs fewer characters than alphabetic text for the same words.
  if (n > 0 && (script === 'zh' ? n * 3 : n) > latin * 0.5) return script;
  const words: [Lang, number][] = [
    ['en', count(sample, ENGLISH)],
    ['fr', count(sample, FRENCH)],
    ['es', count(sample, SPANISH)],
  ];
  return words.sort((a, b) => b[1] - a[1])[0]![0];
}
