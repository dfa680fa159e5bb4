/**
 * RFC 4180 CSV: fields separated by commas, a field in double quotes may hold commas, line
 * breaks and doubled quotes (`""`). Pure.
 */

/** Rows of `text` as arrays of fields (a final empty line is not a row; CRLF and LF both end a row). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Rows of a CSV with a header line as objects keyed by the header's names, with the line
 * number of each (1 = the header). Throws when a column in `required` is missing.
 */
export function csvRecords(text: string, required: readonly string[] = []): { line: number; fields: Record<string, string> }[] {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  const header = rows[0] ?? [];
  for (const r of required) if (!header.includes(r)) throw new Error(`CSV has no column "${r}" (columns: ${header.join(', ')})`);
  return rows.slice(1).map((cells, i) => {
    const fields: Record<string, string> = {};
    header.forEach((h, j) => (fields[h] = cells[j] ?? ''));
    return { line: i + 2, fields };
  });
}
