/**
 * The citation trail as Markdown for a reader's notes: a pure formatter (no DOM, no browser).
 * The page gathers titles, dates and links; this only writes them down.
 */

export interface ExportStep {
  symbol: string;
  /** False for ids that are not official symbols (never linked, marked as such). */
  official: boolean;
  title?: string;
  date?: string;
  /** How the reader reached it, already in the reader's language ("opened", "查阅"). */
  how?: string;
  /** undocs.org (or Digital Library) link; absent for unofficial ids. */
  url?: string;
  /** When the step was taken (ms since epoch). */
  at?: number;
}

export interface ExportLabels {
  heading: string;
  /** "Exported $1" style line; `$1` is replaced by the export time. */
  exported: string;
  empty: string;
  unofficial: string;
}

export const DEFAULT_LABELS: ExportLabels = {
  heading: 'Citation trail',
  exported: 'Exported $1 from UN Docs Lens.',
  empty: 'The trail is empty.',
  unofficial: 'not an official symbol',
};

/** Escapes characters that Markdown would read as markup, so titles and symbols stay text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-=])/, '$1\\$2')
    .replace(/^(\s*\d+)\./, '$1\\.');
}

/** A link destination Markdown cannot misread (only http(s), with spaces and parentheses encoded). */
function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  return url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function isoMinute(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/**
 * Writes the trail as a numbered Markdown list, oldest first: symbol (linked to undocs.org when
 * official and a link is given), title, date, and how the reader reached it. Deterministic for
 * the same input; `exportedAt` is the only clock it reads.
 */
export function trailToMarkdown(steps: ExportStep[], exportedAt: number, labels: ExportLabels = DEFAULT_LABELS): string {
  const lines = [`# ${escapeMarkdown(labels.heading)}`, '', labels.exported.replace('$1', isoMinute(exportedAt)), ''];
  if (steps.length === 0) {
    lines.push(`_${escapeMarkdown(labels.empty)}_`, '');
    return lines.join('\n');
  }
  steps.forEach((step, i) => {
    const url = step.official ? safeUrl(step.url) : undefined;
    const symbol = escapeMarkdown(step.symbol);
    let line = `${i + 1}. ${url ? `[${symbol}](${url})` : `**${symbol}**`}`;
    if (!step.official) line += ` (${escapeMarkdown(labels.unofficial)})`;
    if (step.title) line += ` — ${escapeMarkdown(step.title)}`;
    const meta = [step.date, step.how].filter((x): x is string => Boolean(x)).map(escapeMarkdown);
    if (meta.length) line += ` (${meta.join(', ')})`;
    lines.push(line);
  });
  lines.push('');
  return lines.join('\n');
}

/** A file name for the export, e.g. `citation-trail-2026-11-22.md`. */
export function exportFileName(exportedAt: number): string {
  return `citation-trail-${new Date(exportedAt).toISOString().slice(0, 10)}.md`;
}
