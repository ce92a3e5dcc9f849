/**
 * The corpus of bad and awkward CSV files (test/fixtures/csv, plus large ones generated here): each
 * gives a clear error or a correct preview, never a crash, and never writes a half list.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../src/core/csv/limits';
import { openDatabase, type AssistantDatabase } from '../../../src/worker/database';
import { prepareImport } from '../../../src/worker/import-preview';
import { listsApi, type ListsApi } from '../../../src/worker/lists-api';

const DIR = resolve(import.meta.dirname, '../../fixtures/csv');
const fixture = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const G1 = '0f8fad5b-d9cb-469f-a165-70867728950e';
const G2 = 'abcdef01-2345-6789-abcd-ef0123456789';

describe('files that cannot be imported say why', () => {
  it.each([
    ['empty.csv', 'AssistantError:empty', 'The file is empty.'],
    ['header-only.csv', 'AssistantError:no-rows', 'The file has a header but no rows.'],
    ['wrong-headers.csv', 'AssistantError:no-tenant-column', 'No column holds tenant IDs'],
    ['spreadsheet.xlsx', 'AssistantError:binary', 'The file is not text'],
  ])('%s', (name, errorName, message) => {
    expect(() => prepareImport(fixture(name))).toThrow(message);
    try {
      prepareImport(fixture(name));
    } catch (error) {
      expect((error as Error).name).toBe(errorName);
    }
  });

  it('refuses a 100 MB file before parsing it', () => {
    const huge = new Uint8Array(100 * 1024 * 1024);
    expect(huge.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    expect(() => prepareImport(huge)).toThrow('The file is 100 MB; an import reads at most 50 MB.');
  });
});

describe('awkward files are read correctly', () => {
  it('UTF-16LE with BOM', () => {
    const file = prepareImport(fixture('utf16le.csv'));
    expect([file.encoding, file.partners]).toEqual(['utf-16le', [{ tenantId: G1, name: 'Contoso' }]]);
  });

  it('CP949 from Korean Excel, with Korean headers', () => {
    const file = prepareImport(fixture('cp949-excel.csv'));
    expect(file.encoding).toBe('euc-kr');
    expect(file.partners.map((p) => [p.name, p.country])).toEqual([
      ['한빛 클라우드', 'KR'],
      ['누리 솔루션', 'KR'],
    ]);
  });

  it('semicolons and tabs as delimiters', () => {
    expect(prepareImport(fixture('semicolon.csv'))).toMatchObject({
      delimiter: ';',
      partners: [{ name: 'Contoso', country: 'DE' }, { name: 'Fabrikam' }],
    });
    expect(prepareImport(fixture('tab.tsv'))).toMatchObject({ delimiter: '\t', partners: [{ tenantId: G1, name: 'Contoso' }] });
  });

  it('quoted newlines stay inside their cell, made one kind like every line ending', () => {
    expect(prepareImport(fixture('quoted-newlines.csv')).partners).toEqual([
      { tenantId: G1, name: 'Contoso\nKorea', notes: 'line one\nline two' },
    ]);
  });

  it('unbalanced quotes: the broken row is reported, and the rows before and after it are kept', () => {
    const file = prepareImport(fixture('unbalanced-quotes.csv'));
    expect(file.partners.map((p) => p.name)).toEqual(['Good', 'After']);
    expect(file.errors).toMatchObject([{ row: 3, reason: 'unbalanced-quotes' }]);
  });

  it('invalid and duplicate tenant IDs, each with its row and column', () => {
    const file = prepareImport(fixture('invalid-and-duplicate.csv'));
    expect(file.partners.map((p) => p.name)).toEqual(['A', 'E']);
    expect(file.errors).toEqual([
      { row: 3, column: 'Tenant ID', reason: 'tenant-id-invalid', value: 'not-a-guid' },
      { row: 4, column: 'Tenant ID', reason: 'tenant-id-missing', value: '' },
      { row: 5, column: 'Tenant ID', reason: 'duplicate', value: G1, firstRow: 2 },
    ]);
  });

  it('formula cells are data, kept as text', () => {
    expect(prepareImport(fixture('formula-cells.csv')).partners).toEqual([
      { tenantId: G1, name: '=HYPERLINK("http://evil.example")', notes: '@SUM(1)' },
      { tenantId: G2, name: '+cmd', notes: '-2+3' },
    ]);
  });

  it('no tenant header: the GUID column is proposed and flagged', () => {
    expect(prepareImport(fixture('no-tenant-header.csv'))).toMatchObject({ tenantGuessed: true, mapping: { name: 0, tenantId: 1 } });
  });

  it('blank and separator-only rows are skipped silently', () => {
    const file = prepareImport(fixture('blank-rows.csv'));
    expect([file.partners.length, file.errors]).toEqual([2, []]);
  });

  it('1,000-column rows', () => {
    const header = ['Tenant ID', 'Partner name', ...Array.from({ length: 998 }, (_, i) => `Extra ${i}`)];
    const row = [G1, 'Wide', ...Array.from({ length: 998 }, (_, i) => `v${i}`)];
    const file = prepareImport(new TextEncoder().encode(`${header.join(',')}\r\n${row.join(',')}\r\n`));
    expect(file.partners).toEqual([{ tenantId: G1, name: 'Wide' }]);
  });

  it('mixed delimiters: the first line decides, and rows that then make no sense are reported', () => {
    const text = `Partner name,Tenant ID\r\nA,${G1}\r\nB;${G2}\r\n`;
    const file = prepareImport(new TextEncoder().encode(text));
    expect(file.partners).toEqual([{ tenantId: G1, name: 'A' }]);
    expect(file.errors).toMatchObject([{ row: 3, reason: 'tenant-id-missing' }]);
  });
});

describe('faults write nothing', () => {
  let db: AssistantDatabase;
  let service: ListsApi;
  beforeEach(() => {
    db = openDatabase(`bad-${Math.random()}`);
    service = listsApi(db, () => undefined);
  });
  afterEach(() => db.delete());

  it('a full disk (quota exceeded) is reported in plain words, and nothing is written', async () => {
    const text = `Partner name,Tenant ID\r\n${Array.from({ length: 3000 }, (_, i) => `P${i},${i.toString(16).padStart(8, '0')}-0000-4000-a000-000000000000`).join('\r\n')}`;
    const preview = await service.previewImport(new Blob([text]), { newListName: 'Q' });
    db.partnerChunks.bulkPut = (() => {
      const error = new Error('The quota has been exceeded.');
      error.name = 'QuotaExceededError';
      return Promise.reject(error);
    }) as unknown as typeof db.partnerChunks.bulkPut;
    await expect(service.commitImport(preview.importId)).rejects.toThrow('Not enough storage space for this list: nothing was written.');
    expect(await db.lists.count()).toBe(0);
  });
});
