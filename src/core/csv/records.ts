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

/**
 * The file's one kind of line break, or null when kinds are mixed (or a CR stands alone). A file
 * with one kind is parsed as it is: making its endings one would copy the whole text.
 */
function uniformNewline(text: string): '\n' | '\r\n' | null {
  const firstCr = text.indexOf('\r');
  if (firstCr === -1) return '\n';
  for (let i = firstCr; i !== -1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) return null;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) if (text.charCodeAt(i - 1) !== 13) return null;
  return '\r\n';
}

/** Lines the delimiter is guessed on: room for PapaParse's 50 records when some hold quoted newlines. */
const GUESS_LINES = 200;

/**
 * The text up to its `lines`-th line break. Without quotes PapaParse splits its whole input into lines
 * even for a preview, and its guess parses once per candidate delimiter: given the whole file, the
 * guess alone split 3.5 MB five times.
 */
function head(text: string, lines: number): string {
  let at = -1;
  for (let n = 0; n < lines; n++) {
    at = text.indexOf('\n', at + 1);
    if (at === -1) return text;
  }
  return text.slice(0, at + 1);
}

export function parseRecords(input: string): CsvRecords {
  const uniform = uniformNewline(input);
  const text = uniform ? input : normalizeLineEndings(input);
  const newline = uniform ?? '\n';
  // Guessed on the first lines without the blank ones (a trailing blank line foils the guess); then
  // the whole text in one pass of the parser, blank lines kept so that line numbers stay true.
  const guess = { delimitersToGuess: DELIMITERS, newline, skipEmptyLines: true, preview: 50 };
  const delimiter = Papa.parse<string[]>(head(text, GUESS_LINES), guess).meta.delimiter;
  const whole = Papa.parse<string[]>(text, { delimiter, newline });
  if (!whole.errors.some(isQuoteError)) return { records: numbered(whole.data, text.includes('"'), newline), delimiter };
  return { records: recover(normalizeLineEndings(text), delimiter), delimiter };
}

/**
 * Line numbers for a well-formed parse: each record takes one line, plus the newlines quoted in its
 * cells (only a quoted cell holds one); those read as LF, whatever the file's line break.
 */
function numbered(rows: string[][], quoted: boolean, newline: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let line = 1;
  for (const cells of rows) {
    if (!isBlank(cells)) records.push({ cells, line });
    line += 1;
    if (!quoted) continue;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      const breaks = newlinesIn(cell, 0, cell.length);
      if (breaks > 0 && newline !== '\n') cells[i] = normalizeLineEndings(cell);
      line += breaks;
    }
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
