import { describe, expect, it } from 'vitest';
import { canonicalTenantId, parseTenantId } from '../../src/core/tenant-id';

describe('parseTenantId', () => {
  it.each([
    ['0f8fad5b-d9cb-469f-a165-70867728950e', '0f8fad5b-d9cb-469f-a165-70867728950e'],
    ['0F8FAD5B-D9CB-469F-A165-70867728950E', '0f8fad5b-d9cb-469f-a165-70867728950e'],
    ['{0f8fad5b-d9cb-469f-a165-70867728950e}', '0f8fad5b-d9cb-469f-a165-70867728950e'],
    ['  0f8fad5b-d9cb-469f-a165-70867728950e\u00a0', '0f8fad5b-d9cb-469f-a165-70867728950e'],
    ['urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e', '0f8fad5b-d9cb-469f-a165-70867728950e'],
  ])('accepts %j', (input, expected) => {
    expect(parseTenantId(input)).toEqual({ ok: true, tenantId: expected });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['1234567', 'not-a-guid'],
    ['0f8fad5b-d9cb-469f-a165-70867728950', 'not-a-guid'],
    ['0f8fad5b-d9cb-469f-a165-70867728950g', 'not-a-guid'],
    ['0f8fad5bd9cb469fa16570867728950e', 'not-a-guid'],
    ['{0f8fad5b-d9cb-469f-a165-70867728950e', 'not-a-guid'],
  ])('rejects %j as %s', (input, reason) => {
    expect(parseTenantId(input)).toEqual({ ok: false, reason });
  });

  it('canonicalTenantId returns null for invalid input', () => {
    expect(canonicalTenantId('nope')).toBeNull();
    expect(canonicalTenantId('{ABCDEF01-2345-6789-ABCD-EF0123456789}')).toBe('abcdef01-2345-6789-abcd-ef0123456789');
  });
});
