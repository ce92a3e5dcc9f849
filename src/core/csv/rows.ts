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
}

export interface ImportedPartner extends Partner {
  resold?: Resale;
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

const list = (text: string) => text.split(/[;|]/).map((s) => s.trim()).filter(Boolean);

export function rowToPartner(
  cells: string[],
  rowNumber: number,
  mapping: ColumnMapping,
  headers: string[],
): { partner: ImportedPartner } | { error: RowError } {
  // Our own export writes "'=..." for formula-like text: read it back as the text it was.
  const cell = (field: PartnerField) =>
    mapping[field] === undefined ? '' : (cells[mapping[field]] ?? '').trim().replace(/^'(?=[=+\-@])/, '');
  const columnName = (field: PartnerField) => (mapping[field] === undefined ? field : (headers[mapping[field]] ?? field));
  const tooLong = (Object.keys(mapping) as PartnerField[]).find((f) => cell(f).length > MAX_CELL);
  if (tooLong) return { error: { row: rowNumber, column: columnName(tooLong), reason: 'too-long', value: `${cell(tooLong).slice(0, 40)}…` } };
  const tenant = parseTenantId(cell('tenantId'));
  if (!tenant.ok) {
    return { error: { row: rowNumber, column: columnName('tenantId'), reason: tenant.reason === 'empty' ? 'tenant-id-missing' : 'tenant-id-invalid', value: cell('tenantId') } };
  }
  const partner: ImportedPartner = { tenantId: tenant.tenantId, name: cell('name') };
  const country = cell('country');
  if (country) partner.country = country;
  const mpnId = cell('mpnId');
  if (mpnId) partner.mpnId = mpnId;
  const competencies = list(cell('competencies'));
  if (competencies.length) partner.competencies = competencies;
  const skills = list(cell('skills'));
  if (skills.length) partner.skills = skills;
  const notes = cell('notes');
  if (notes) partner.notes = notes;
  if (mapping.resold !== undefined) {
    const resold = parseResale(cell('resold'));
    if (resold === null) return { error: { row: rowNumber, column: columnName('resold'), reason: 'resold-invalid', value: cell('resold') } };
    partner.resold = resold;
  }
  return { partner };
}
