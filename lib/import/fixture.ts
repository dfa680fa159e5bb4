/**
 * Test files for the import: real corpus documents renumbered so that they are not in the
 * bundle (Node tests only: reads assets/corpus).
 */
import { readdirSync, readFileSync } from 'node:fs';

export const corpus = readdirSync('assets/corpus')
  .sort()
  .map((name) => ({ name, text: readFileSync(`assets/corpus/${name}`, 'utf8') }));

/** GA resolution 77/180 renumbered as 77/`n` (indexed as A/RES/77/`n`, title 工业发展合作). */
export function renumbered(n: number, name = `res-77-${n}.md`): { name: string; text: string } {
  return { name, text: corpus[0]!.text.replaceAll('77/180', `77/${n}`) };
}

/** A file the parser rejects (no UN document in it). */
export const RECIPE = { name: 'recipe.txt', text: 'Mix flour and water. Bake for an hour.' };
