/** A CSV row to a partner, or the reasons it can't be one, by row and column as a spreadsheet shows them. */
import type { Partner, Resale } from '../audience';
import { CANONICAL_TENANT_ID, parseTenantId } from '../tenant-id';
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

/** A row's partner, or why it can't be one (a RowError has a `reason`, a partner never has). */
export type RowReader = (cells: string[], rowNumber: number) => Partner | RowError;

/**
 * Reads rows of one file: the mapping is resolved once, then each row costs only its own cells. A
 * row's trimmed values go into one array kept from row to row (each is read before the next row).
 */
export function makeRowReader(mapping: ColumnMapping, headers: string[]): RowReader {
  const fields = (Object.keys(mapping) as PartnerField[]).map((field) => ({
    field,
    index: mapping[field]!,
    column: headers[mapping[field]!] ?? field,
  }));
  const slot = (field: PartnerField) => fields.findIndex((f) => f.field === field);
  const [tenantAt, nameAt, countryAt, mpnAt, competenciesAt, skillsAt, notesAt, resoldAt] = (
    ['tenantId', 'name', 'country', 'mpnId', 'competencies', 'skills', 'notes', 'resold'] as const
  ).map(slot) as [number, number, number, number, number, number, number, number];
  const tenantColumn = fields[tenantAt]?.column ?? 'tenantId';
  const resoldColumn = fields[resoldAt]?.column ?? 'resold';
  const values: string[] = [];
  const valueAt = (at: number) => (at === -1 ? '' : values[at]!);
  return (cells, rowNumber) => {
    for (let i = 0; i < fields.length; i++) {
      const { index, column } = fields[i]!;
      // Our export writes "'=..." for formula-like text (and "''" for a leading apostrophe): undo it.
      let value = (cells[index] ?? '').trim();
      if (value.charCodeAt(0) === 39 && /^'[=+\-@\t\r']/.test(value)) value = value.slice(1).trim();
      if (value.length > MAX_CELL) return { row: rowNumber, column, reason: 'too-long', value: `${value.slice(0, 40)}…` };
      values[i] = value;
    }
    const tenantText = valueAt(tenantAt);
    // Most files hold canonical IDs already: those need no result object and no lower-case copy.
    const tenant = CANONICAL_TENANT_ID.test(tenantText) ? null : parseTenantId(tenantText);
    if (tenant && !tenant.ok) {
      return {
        row: rowNumber,
        column: tenantColumn,
        reason: tenant.reason === 'empty' ? 'tenant-id-missing' : 'tenant-id-invalid',
        value: tenantText,
      };
    }
    const partner: Partner = { tenantId: tenant ? tenant.tenantId : tenantText, name: valueAt(nameAt) };
    const country = valueAt(countryAt);
    if (country) partner.country = country;
    const mpnId = valueAt(mpnAt);
    if (mpnId) partner.mpnId = mpnId;
    const competencies = valueAt(competenciesAt);
    if (competencies) partner.competencies = list(competencies);
    const skills = valueAt(skillsAt);
    if (skills) partner.skills = list(skills);
    const notes = valueAt(notesAt);
    if (notes) partner.notes = notes;
    if (resoldAt !== -1) {
      const resold = parseResale(values[resoldAt]!);
      if (resold === null) return { row: rowNumber, column: resoldColumn, reason: 'resold-invalid', value: values[resoldAt]! };
      partner.resold = resold;
    }
    return partner;
  };
}
