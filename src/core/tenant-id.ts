/**
 * CSP partners are Microsoft Entra tenants, identified by a GUID (8-4-4-4-12 hex). Users paste them
 * from many places, so braces, surrounding whitespace, `urn:uuid:` and upper case are accepted and
 * folded to one canonical form: lower case, no braces.
 */

/** The one GUID pattern (8-4-4-4-12 hex): the checks below, stored data and page scrubbing are built from it. */
export const GUID_SOURCE = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A canonical tenant ID, whole. */
export const CANONICAL_TENANT_ID = new RegExp(`^${GUID_SOURCE}$`);

export type TenantIdResult = { ok: true; tenantId: string } | { ok: false; reason: 'empty' | 'not-a-guid' };

const GUID_ANY_CASE = new RegExp(`^${GUID_SOURCE}$`, 'i');

export function parseTenantId(input: string): TenantIdResult {
  // Fast path for the common case, a bare GUID: imports check hundreds of thousands of them.
  if (input.length === 36 && GUID_ANY_CASE.test(input)) return { ok: true, tenantId: input.toLowerCase() };
  let text = input.replace(/[\s\u00a0\u200b\ufeff]+/g, '').toLowerCase();
  if (text === '') return { ok: false, reason: 'empty' };
  if (text.startsWith('urn:uuid:')) text = text.slice('urn:uuid:'.length);
  if (text.startsWith('{') && text.endsWith('}')) text = text.slice(1, -1);
  return CANONICAL_TENANT_ID.test(text) ? { ok: true, tenantId: text } : { ok: false, reason: 'not-a-guid' };
}

/** The canonical tenant ID, or null when the text is not one. */
export function canonicalTenantId(input: string): string | null {
  const result = parseTenantId(input);
  return result.ok ? result.tenantId : null;
}
