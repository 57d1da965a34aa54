/**
 * CSV and TSV as spreadsheets and Anki write them (RFC 4180: quoted fields, doubled quotes, line
 * breaks inside quotes), read and written in one place: dictionary glossaries, the personal glossary's
 * import and export, and the vocabulary export all go through here.
 */

export interface CsvRow {
  cells: string[];
  /** The 1-based line of the file the row starts on (a quoted line break makes a row span lines). */
  line: number;
}

/** Rows with the line each starts on. A byte-order mark at the start is dropped. */
export function parseCsv(input: string, separator: string): CsvRow[] {
  const text = input.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push({ cells: row, line: rowLine });
      row = [];
      field = '';
      line++;
      rowLine = line;
    } else field += ch;
  }
  if (field !== '' || row.length) row.push(field), rows.push({ cells: row, line: rowLine });
  return rows;
}

/** Just the cells of each row. */
export function parseCsvRows(text: string, separator: string): string[][] {
  return parseCsv(text, separator).map((r) => r.cells);
}

/** Tab when the first line has tabs and no commas, else comma. */
export function sniffSeparator(text: string): ',' | '\t' {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return first.includes('\t') && !first.includes(',') ? '\t' : ',';
}

/** One field, quoted when it holds the separator, a quote or a line break (or starts/ends with space). */
export function csvField(value: string, separator: string): string {
  if (value.includes(separator) || /["\r\n]/.test(value) || /^\s|\s$/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/** Rows joined with CRLF line ends, as RFC 4180 and spreadsheets expect, ending in a line break. */
export function formatCsv(rows: readonly (readonly string[])[], separator = ','): string {
  return rows.map((cells) => cells.map((c) => csvField(c, separator)).join(separator)).join('\r\n') + '\r\n';
}
