/**
 * `npx tsx scripts/bench/import-steps.ts [rows]`: what each step of an import's preview costs on the
 * CPU (Node, same code as the worker), median of 15 runs, beside bare PapaParse on the same text. The
 * write is measured in the browser by `npm run bench` (floor.50k.ms, import.50k.ms). For a profile of
 * the same work: `node --cpu-prof --import tsx scripts/bench/import-steps.ts`.
 */
import Papa from 'papaparse';
import { decodeCsvBytes } from '../../src/core/csv/decode';
import { parseRecords } from '../../src/core/csv/records';
import { compareWithList, mapImportFile, readImportFile } from '../../src/worker/import-preview';
import { generateCsv } from './import-csv';

const rows = Number(process.argv[2] ?? 50_000);
const bytes = new TextEncoder().encode(generateCsv(rows));
const text = new TextDecoder().decode(bytes);
const file = readImportFile(bytes);
const partners = mapImportFile(file).partners;

const steps: [string, () => unknown][] = [
  ['bare PapaParse (the floor parse)', () => Papa.parse(text, { skipEmptyLines: true })],
  ['decode: bytes to text (UTF-8, strict)', () => decodeCsvBytes(bytes)],
  ['records: delimiter, PapaParse, line numbers', () => parseRecords(text)],
  ['rows: mapping, trim, tenant ID check, duplicates', () => mapImportFile(file)],
  ['compare with the target list (a new one)', () => compareWithList(partners, [])],
  ['the whole preview (decode + records + rows)', () => mapImportFile(readImportFile(bytes))],
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const table = steps.map(([step, run]) => {
  const times: number[] = [];
  for (let i = 0; i < 18; i++) {
    const started = performance.now();
    run();
    if (i >= 3) times.push(performance.now() - started);
  }
  return { step, 'median ms': Math.round(median(times) * 10) / 10 };
});
console.log(`${rows} rows, ${(bytes.length / 1048576).toFixed(1)} MB`);
console.table(table);
