/**
 * Titles without the cataloguing boilerplate. GA records end in ` : resolution / adopted by
 * the General Assembly` (once `decision /`; with double spaces, a trailing dot, `resolutions /`, typos such as
 * `Assemly` and `resolultion`, or the slash missing); SC records read `Security Council
 * resolution 2334 (2016) [on …]`. The words are kept as catalogued. Pure.
 */

const GA_TAIL = /\s*:?\s*(?:res\w*|decision)\s*\/?\s*(?:a\w*\s+)?by\s+the\s+general\s+assem\w*\s*\.?\s*$/i;
const SC_TITLE = /^Security\s+Council\s+resolution\s+\d+\s*\(\d{4}\)\s*(?:\[(?:on\s+)?(.*)\])?\s*$/i;

/** The title of a resolution record with the boilerplate removed; undefined when nothing but boilerplate is left. */
export function cleanTitle(raw: string): string | undefined {
  let t = raw.replace(/\s+/g, ' ').trim();
  const sc = SC_TITLE.exec(t);
  if (sc) t = sc[1] ?? '';
  else t = t.replace(GA_TAIL, '');
  t = t.replace(/\s*[:;,]\s*$/, '').trim();
  if (!t) return undefined;
  return sc ? t[0]!.toUpperCase() + t.slice(1) : t;
}
