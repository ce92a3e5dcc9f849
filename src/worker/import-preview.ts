/**
 * Reads an import file into a preview: the mapping, what would be added, updated or left alone, and
 * every row error with its row and column. Nothing is written here.
 */
import type { Partner } from '../core/audience';
import { mapHeaders, type ColumnMapping } from '../core/csv/columns';
import { decodeCsvBytes } from '../core/csv/decode';
import { MAX_IMPORT_BYTES, tooLargeMessage, type ImportErrorCode } from '../core/csv/limits';
import { AssistantError } from '../core/errors';
import { parseRecords, type CsvRecord } from '../core/csv/records';
import { makeRowReader, type RowError } from '../core/csv/rows';

export interface PreparedImport {
  partners: Partner[];
  errors: RowError[];
  headers: string[];
  mapping: ColumnMapping;
  tenantGuessed: boolean;
  encoding: string;
  delimiter: string;
  totalRows: number;
}

const MESSAGES: Record<Exclude<ImportErrorCode, 'too-large'>, string> = {
  empty: 'The file is empty.',
  binary: 'The file is not text: is it a spreadsheet (.xlsx) rather than a CSV?',
  undecodable: 'The file is neither UTF-8, UTF-16 nor CP949 (EUC-KR) text.',
  'no-rows': 'The file has a header but no rows.',
  'no-tenant-column': 'No column holds tenant IDs: name one "Tenant ID", or check the file.',
};

const brokenRow = (record: CsvRecord): RowError => ({
  row: record.line,
  column: '',
  reason: 'unbalanced-quotes',
  value: ('broken' in record ? record.broken : record.cells.join(',')).slice(0, 60),
});

/** A file decoded and split into records, before any mapping: read once, mapped as often as the publisher changes it. */
export interface ImportFile {
  encoding: string;
  delimiter: string;
  records: CsvRecord[];
  /** Where the header is: records before it are broken lines. */
  headerAt: number;
  headers: string[];
}

export function readImportFile(bytes: Uint8Array): ImportFile {
  if (bytes.length > MAX_IMPORT_BYTES)
    throw new AssistantError('too-large', tooLargeMessage(bytes.length), [
      (bytes.length / 1048576).toFixed(0),
      String(MAX_IMPORT_BYTES / 1048576),
    ]);
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) throw new AssistantError(decoded.reason, MESSAGES[decoded.reason]);
  const { records, delimiter } = parseRecords(decoded.text);
  const headerAt = records.findIndex((r) => 'cells' in r);
  const header = records[headerAt];
  if (!header || !('cells' in header) || headerAt === records.length - 1) throw new AssistantError('no-rows', MESSAGES['no-rows']);
  return { encoding: decoded.encoding, delimiter, records, headerAt, headers: header.cells };
}

export function prepareImport(bytes: Uint8Array, mappingOverride?: ColumnMapping): PreparedImport {
  return mapImportFile(readImportFile(bytes), mappingOverride);
}

export function mapImportFile(file: ImportFile, mappingOverride?: ColumnMapping): PreparedImport {
  const { records, headerAt, headers } = file;
  const sample = records.slice(headerAt + 1, headerAt + 201).flatMap((r) => ('cells' in r ? [r.cells] : []));
  const { mapping, tenantGuessed } = mappingOverride ? { mapping: mappingOverride, tenantGuessed: false } : mapHeaders(headers, sample);
  if (mapping.tenantId === undefined) throw new AssistantError('no-tenant-column', MESSAGES['no-tenant-column']);

  // Every data row ends imported or named in an error, by the line it starts on (the header is line 1).
  const errors: RowError[] = records.slice(0, headerAt).map((r) => brokenRow(r));
  const seen = new Map<string, number>();
  const partners: Partner[] = [];
  const read = makeRowReader(mapping, headers);
  for (let at = headerAt + 1; at < records.length; at++) {
    const record = records[at]!;
    if (!('cells' in record)) {
      errors.push(brokenRow(record));
      continue;
    }
    const { cells, line } = record;
    const result = read(cells, line);
    if ('reason' in result) {
      // Rows of separators only (",,,") are blank lines to a spreadsheet user, not errors.
      if (result.reason !== 'tenant-id-missing' || cells.some((c) => c.trim() !== '')) errors.push(result);
      continue;
    }
    const first = seen.get(result.tenantId);
    if (first !== undefined) {
      errors.push({
        row: line,
        column: headers[mapping.tenantId] ?? 'Tenant ID',
        reason: 'duplicate',
        value: result.tenantId,
        firstRow: first,
      });
      continue;
    }
    seen.set(result.tenantId, line);
    partners.push(result);
  }
  return {
    partners,
    errors,
    headers,
    mapping,
    tenantGuessed,
    encoding: file.encoding,
    delimiter: file.delimiter,
    totalRows: records.length - headerAt - 1,
  };
}

/** How the file's partners meet the list's: new, changed, or the same. */
export function compareWithList(incoming: Partner[], existing: Partner[]): { toAdd: number; toUpdate: number; unchanged: number } {
  if (existing.length === 0) return { toAdd: incoming.length, toUpdate: 0, unchanged: 0 };
  const byId = new Map(existing.map((p) => [p.tenantId, p]));
  let toAdd = 0;
  let toUpdate = 0;
  for (const partner of incoming) {
    const old = byId.get(partner.tenantId);
    if (!old) toAdd++;
    else if (JSON.stringify(mergePartner(old, partner)) !== JSON.stringify(old)) toUpdate++;
  }
  return { toAdd, toUpdate, unchanged: incoming.length - toAdd - toUpdate };
}

/** The file's non-empty values win; what the file leaves empty is kept. */
export function mergePartner(old: Partner, incoming: Partner): Partner {
  const merged: Partner = { ...old };
  for (const [key, value] of Object.entries(incoming) as [keyof Partner, Partner[keyof Partner]][]) {
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0))
      (merged as unknown as Record<string, unknown>)[key] = value;
  }
  return merged;
}
