/**
 * A CSV text to its records, every line accounted for. Line endings are made one (CRLF, LF and a lone
 * CR, mixed, as files stitched together in old tools have them), so no row is glued to the one
 * before. A quote left open would swallow the rest of the file into one cell: that record is cut
 * back to its own line and named as broken, and reading starts again on the next line.
 */
import Papa from 'papaparse';

export type CsvRecord = { cells: string[]; line: number } | { broken: string; line: number };

export interface CsvRecords {
  records: CsvRecord[];
  delimiter: string;
}

const DELIMITERS = [',', ';', '\t', '|'];
const isQuoteError = (e: Papa.ParseError) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes';
const isBlank = (cells: string[]) => cells.every((c) => c === '');

export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function newlinesIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

export function parseRecords(input: string): CsvRecords {
  const text = normalizeLineEndings(input);
  // Guessed on the first lines without the blank ones (a trailing blank line foils the guess); then
  // the whole text in one pass of the parser, blank lines kept so that line numbers stay true.
  const delimiter = Papa.parse<string[]>(text, { delimitersToGuess: DELIMITERS, newline: '\n', skipEmptyLines: true, preview: 50 }).meta
    .delimiter;
  const whole = Papa.parse<string[]>(text, { delimiter, newline: '\n' });
  if (!whole.errors.some(isQuoteError)) return { records: numbered(whole.data), delimiter };
  return { records: recover(text, delimiter), delimiter };
}

/** Line numbers for a well-formed parse: each record takes one line, plus the newlines quoted in its cells. */
function numbered(rows: string[][]): CsvRecord[] {
  const records: CsvRecord[] = [];
  let line = 1;
  for (const cells of rows) {
    if (!isBlank(cells)) records.push({ cells, line });
    line += 1;
    for (const cell of cells) line += newlinesIn(cell, 0, cell.length);
  }
  return records;
}

/** Record by record; a record whose quote never closes properly is cut back to its first line. */
function recover(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let start = 0;
  let line = 1;
  while (start < text.length) {
    const rest = text.slice(start);
    let cursor = 0;
    let cut = -1;
    Papa.parse<string[]>(rest, {
      delimiter,
      newline: '\n',
      step(result, parser) {
        if (result.errors.some(isQuoteError)) {
          const end = rest.indexOf('\n', cursor);
          records.push({ broken: rest.slice(cursor, end === -1 ? rest.length : end), line });
          cut = end === -1 ? rest.length : end + 1;
          line += 1;
          parser.abort();
          return;
        }
        if (!isBlank(result.data)) records.push({ cells: result.data, line });
        line += newlinesIn(rest, cursor, result.meta.cursor);
        cursor = result.meta.cursor;
      },
    });
    if (cut === -1) break;
    start += cut;
  }
  return records;
}
