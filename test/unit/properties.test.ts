/** Properties over generated input (fast-check): the parser, the mapping and the export → import round trip. */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Partner } from '../../src/core/audience';
import { mapHeaders } from '../../src/core/csv/columns';
import { partnersToCsv } from '../../src/core/csv/export';
import { canonicalTenantId, parseTenantId } from '../../src/core/tenant-id';
import { prepareImport } from '../../src/worker/import-preview';

const hex = (n: number) => fc.array(fc.constantFrom(...'0123456789abcdefABCDEF'), { minLength: n, maxLength: n }).map((a) => a.join(''));
const guidText = fc.tuple(hex(8), hex(4), hex(4), hex(4), hex(12)).map((parts) => parts.join('-'));
const canonicalGuid = guidText.map((g) => g.toLowerCase());

describe('tenant IDs', () => {
  it('any GUID, in any case, braced or padded, reads as its lower-case form', () => {
    fc.assert(
      fc.property(guidText, fc.boolean(), fc.constantFrom('', ' ', '\u00a0', '\t'), (guid, braces, pad) => {
        const text = `${pad}${braces ? `{${guid}}` : guid}${pad}`;
        expect(parseTenantId(text)).toEqual({ ok: true, tenantId: guid.toLowerCase() });
      }),
    );
  });

  it('is idempotent, and never accepts what is not 32 hex digits in 8-4-4-4-12', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), (text) => {
        const id = canonicalTenantId(text);
        if (id === null) return;
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        expect(canonicalTenantId(id)).toBe(id);
      }),
    );
  });
});

describe('CSV', () => {
  const cell = fc.string({ unit: fc.constantFrom(...'ab ,;"\n\r=+-@\'한글é\t'.split(''), 'x', 'Z'), maxLength: 20 });
  const partner: fc.Arbitrary<Partner> = fc.record(
    {
      tenantId: canonicalGuid,
      name: cell,
      country: cell,
      mpnId: fc.stringMatching(/^[0-9]{7}$/),
      competencies: fc.array(fc.stringMatching(/^[A-Za-z가-힣]{1,8}$/), { minLength: 1, maxLength: 3 }),
      notes: cell,
    },
    { requiredKeys: ['tenantId', 'name'] },
  );

  // Import makes every line ending one kind (LF), inside cells too.
  const asRead = (text: string) => text.replace(/\r\n?/g, '\n').trim();

  it('export then import gives the same partners (text trimmed, control characters gone, line endings made LF)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(partner, { selector: (p) => p.tenantId, minLength: 1, maxLength: 30 }), (partners) => {
        const text = partnersToCsv(partners);
        const back = prepareImport(new TextEncoder().encode(text));
        const expected = partners.map((p) => {
          const out: Partner = { tenantId: p.tenantId, name: asRead(p.name) };
          for (const key of ['country', 'mpnId', 'notes'] as const) {
            const value = p[key] === undefined ? undefined : asRead(p[key]);
            if (value) out[key] = value;
          }
          if (p.competencies?.length) out.competencies = p.competencies;
          return out;
        });
        expect(back.errors).toEqual([]);
        expect(back.partners).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('header mapping finds the tenant column whatever the other headers are', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 6 }), fc.nat(6), (others, at) => {
        const headers = [...others];
        const position = Math.min(at, headers.length);
        headers.splice(position, 0, 'Tenant ID');
        const { mapping } = mapHeaders(headers, []);
        expect(headers[mapping.tenantId!]).toBe('Tenant ID');
      }),
    );
  });
});

describe('every row of an import file is accounted for', () => {
  const row = fc.record({
    tenantId: canonicalGuid,
    name: fc.stringMatching(/^[A-Za-z가-힣][A-Za-z가-힣 ]{0,10}$/),
    // A quote opened at the start of the name and never closed, as a hand-edited file has.
    broken: fc.boolean(),
    ending: fc.constantFrom('\r\n', '\n', '\r'),
    blankAfter: fc.boolean(),
  });

  it('whatever the line endings and broken quotes: each data row is imported, or named in an error on its line', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(row, { selector: (r) => r.tenantId, minLength: 1, maxLength: 40 }),
        fc.constantFrom('\r\n', '\n', '\r'),
        (rows, headerEnding) => {
          let text = `Partner name,Tenant ID${headerEnding}`;
          let line = 2;
          const expected = rows.map((r) => {
            const at = line;
            text += `${r.broken ? '"' : ''}${r.name},${r.tenantId}${r.ending}${r.blankAfter ? r.ending : ''}`;
            line += r.blankAfter ? 2 : 1;
            return { ...r, line: at };
          });
          const file = prepareImport(new TextEncoder().encode(text));
          // The counts add up to the file's data rows.
          expect(file.partners.length + file.errors.length).toBe(rows.length);
          expect(file.partners.map((p) => p.tenantId)).toEqual(expected.filter((r) => !r.broken).map((r) => r.tenantId));
          expect(file.partners.map((p) => p.name)).toEqual(expected.filter((r) => !r.broken).map((r) => r.name.trim()));
          expect(file.errors.map((e) => [e.row, e.reason])).toEqual(
            expected.filter((r) => r.broken).map((r) => [r.line, 'unbalanced-quotes']),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
