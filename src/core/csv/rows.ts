/** A CSV row to a partner, or the reasons it can't be one, by row and column as a spreadsheet shows them. */
import type { Partner, Resale } from '../audience';
import { parseTenantId } from '../tenant-id';
import type { ColumnMapping, PartnerField } from './columns';

export interface RowError {
  /** 1-based, counting the header as row 1, as a spreadsheet does. */
  row: number;
  column: string;
  reason: 'tenant-id-missing' | 'tenant-id-invalid' | 'duplicate' | 'resold-invalid' | 'too-long' | 'unbalanced-quotes';
  value: string;
  /** For a duplicate: the row the tenant ID was first seen on (the panel words it in its language). */
  firstRow?: number;
}

const MAX_CELL = 2000;
const YES = new Set(['yes', 'y', 'true', '1', '예', '네', 'o']);
const NO = new Set(['no', 'n', 'false', '0', '아니요', '아니오', 'x']);

function parseResale(text: string): Resale | null {
  const v = text.trim().toLowerCase();
  if (v === '' || v === 'unknown' || v === '?' || v === '모름') return 'unknown';
  if (YES.has(v)) return 'yes';
  if (NO.has(v)) return 'no';
  return null;
}

const list = (text: string) =>
  text
    .split(/[;|]/)
    .map((s) => s.trim())
    .filter(Boolean);

export type RowReader = (cells: string[], rowNumber: number) => { partner: Partner } | { error: RowError };

/** Reads rows of one file: the mapping is resolved once, then each row costs only its own cells. */
export function makeRowReader(mapping: ColumnMapping, headers: string[]): RowReader {
  const fields = (Object.keys(mapping) as PartnerField[]).map((field) => ({
    field,
    index: mapping[field]!,
    column: headers[mapping[field]!] ?? field,
  }));
  const columnOf = (field: PartnerField) => fields.find((f) => f.field === field)?.column ?? field;
  const tenantColumn = columnOf('tenantId');
  const resoldColumn = columnOf('resold');
  return (cells, rowNumber) => {
    const values: Partial<Record<PartnerField, string>> = {};
    for (const { field, index, column } of fields) {
      // Our export writes "'=..." for formula-like text (and "''" for a leading apostrophe): undo it.
      let value = (cells[index] ?? '').trim();
      if (value.charCodeAt(0) === 39 && /^'[=+\-@\t\r']/.test(value)) value = value.slice(1).trim();
      if (value.length > MAX_CELL) return { error: { row: rowNumber, column, reason: 'too-long', value: `${value.slice(0, 40)}…` } };
      values[field] = value;
    }
    const tenantText = values.tenantId ?? '';
    const tenant = parseTenantId(tenantText);
    if (!tenant.ok) {
      return {
        error: {
          row: rowNumber,
          column: tenantColumn,
          reason: tenant.reason === 'empty' ? 'tenant-id-missing' : 'tenant-id-invalid',
          value: tenantText,
        },
      };
    }
    const partner: Partner = { tenantId: tenant.tenantId, name: values.name ?? '' };
    if (values.country) partner.country = values.country;
    if (values.mpnId) partner.mpnId = values.mpnId;
    if (values.competencies) partner.competencies = list(values.competencies);
    if (values.skills) partner.skills = list(values.skills);
    if (values.notes) partner.notes = values.notes;
    if (values.resold !== undefined) {
      const resold = parseResale(values.resold);
      if (resold === null) return { error: { row: rowNumber, column: resoldColumn, reason: 'resold-invalid', value: values.resold } };
      partner.resold = resold;
    }
    return { partner };
  };
}
