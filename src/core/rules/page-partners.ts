/** The page's partner table, checked: canonical tenant IDs, and the rows that are invalid or repeated. */
import type { PagePartner, PartnerRef } from '../audience';
import { canonicalTenantId } from '../tenant-id';

export interface CheckedPartners {
  /** Valid partners, each tenant ID once, in table order. */
  partners: (PartnerRef & { country?: string })[];
  invalidRows: { row: number; text: string }[];
  duplicateRows: { row: number; text: string }[];
}

export function checkPagePartners(rows: PagePartner[]): CheckedPartners {
  const seen = new Set<string>();
  const result: CheckedPartners = { partners: [], invalidRows: [], duplicateRows: [] };
  rows.forEach((row, index) => {
    const tenantId = canonicalTenantId(row.tenantIdText);
    const where = { row: index + 1, text: row.tenantIdText };
    if (tenantId === null) result.invalidRows.push(where);
    else if (seen.has(tenantId)) result.duplicateRows.push(where);
    else {
      seen.add(tenantId);
      result.partners.push(row.country ? { tenantId, name: row.name, country: row.country } : { tenantId, name: row.name });
    }
  });
  return result;
}
