/**
 * Which column holds what. The "Export CSPs" layout is not documented, so headers are matched by
 * aliases in English and Korean; when no header names the tenant ID, the column whose values are
 * GUIDs is proposed, and the user sees the mapping before anything is written.
 */
import { PARTNER_FIELDS } from '../audience';
import { canonicalTenantId } from '../tenant-id';
import { normalizeLabel } from '../vocabulary';

export type PartnerField = (typeof PARTNER_FIELDS)[number];

const ALIASES: Record<PartnerField, string[]> = {
  tenantId: [
    'tenant id',
    'tenantid',
    'tenant',
    'microsoft entra tenant id',
    'entra tenant id',
    'azure ad tenant id',
    'aad tenant id',
    'csp tenant id',
    'directory id',
    '테넌트 id',
    '테넌트',
    'microsoft entra 테넌트 id',
    'azure ad 테넌트 id',
  ],
  name: [
    'partner name',
    'name',
    'company',
    'company name',
    'partner',
    'organization',
    'reseller',
    'reseller name',
    '파트너 이름',
    '파트너',
    '이름',
    '회사 이름',
    '회사',
    '회사명',
  ],
  country: ['country', 'country/region', 'region', 'country or region', '국가', '국가/지역', '지역'],
  mpnId: [
    'mpn id',
    'mpnid',
    'mpn',
    'partner id',
    'partnerid',
    'partner one id',
    'cloud partner program id',
    'pga id',
    '파트너 id',
    'mpn id',
  ],
  competencies: ['competencies', 'competency', 'designations', '역량'],
  skills: ['skills', 'skill', 'technologies', 'technology', 'specializations', '기술'],
  resold: ['resold', 'has resold', 'resale', 'resold offer', '재판매', '재판매 여부', '재판매함'],
  notes: ['notes', 'note', 'comments', 'comment', '메모', '비고', '참고'],
};

export type ColumnMapping = Partial<Record<PartnerField, number>>;

/** Files with the same headers (whatever their case and spacing) share a remembered mapping. */
export function headerSignature(headers: string[]): string {
  return headers.map(normalizeLabel).join('\u001f');
}

/** A stored mapping still fit to use: known fields, column indexes, and a tenant ID column. */
export function isColumnMapping(value: unknown): value is ColumnMapping {
  if (typeof value !== 'object' || value === null) return false;
  const entries = Object.entries(value);
  return (
    entries.every(([field, index]) => PARTNER_FIELDS.includes(field as PartnerField) && Number.isInteger(index) && index >= 0) &&
    'tenantId' in value
  );
}

export interface MappingResult {
  mapping: ColumnMapping;
  /** The tenant-ID column was found by its values, not its header: the user should confirm it. */
  tenantGuessed: boolean;
}

export function mapHeaders(headers: string[], sampleRows: string[][]): MappingResult {
  const mapping: ColumnMapping = {};
  headers.forEach((header, index) => {
    const key = normalizeLabel(header);
    const field = PARTNER_FIELDS.find((f) => ALIASES[f].includes(key));
    if (field && mapping[field] === undefined) mapping[field] = index;
  });
  if (mapping.tenantId !== undefined) return { mapping, tenantGuessed: false };
  const taken = new Set(Object.values(mapping));
  let best = -1;
  let bestShare = 0.5;
  for (let column = 0; column < headers.length; column++) {
    if (taken.has(column)) continue;
    const values = sampleRows.map((r) => r[column] ?? '').filter((v) => v.trim() !== '');
    const share = values.length === 0 ? 0 : values.filter((v) => canonicalTenantId(v) !== null).length / values.length;
    if (share > bestShare) {
      best = column;
      bestShare = share;
    }
  }
  if (best >= 0) mapping.tenantId = best;
  return { mapping, tenantGuessed: best >= 0 };
}
