import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { Partner } from '../../../src/core/audience';
import { PartnerIndex } from '../../../src/worker/partner-index';
import { openDatabase, type AssistantDatabase } from '../../../src/worker/database';
import { listsApi, type ListsApi } from '../../../src/worker/lists-api';

let db: AssistantDatabase;
let service: ListsApi;
let changes: number;

const guid = (n: number) => `${n.toString(16).padStart(8, '0')}-0000-4000-a000-${n.toString(16).padStart(12, '0')}`;
const encode = (text: string) => new Blob([text]);

function csvOf(count: number, start = 0): string {
  const rows = ['Partner name,Tenant ID,Country/region'];
  for (let i = start; i < start + count; i++) rows.push(`Partner ${i},${guid(i + 1)},${i % 2 ? 'KR' : 'US'}`);
  return rows.join('\r\n');
}

beforeEach(() => {
  db = openDatabase(`lists-${Math.random()}`);
  changes = 0;
  service = listsApi(db, () => changes++);
});
afterEach(() => db.delete());

describe('lists', () => {
  it('creates, renames, duplicates, merges and lists them by name', async () => {
    const a = await service.createList('  Korea resellers ', [{ tenantId: guid(1), name: 'A' }]);
    const b = await service.createList('Global', [
      { tenantId: guid(1), name: 'A2', country: 'KR' },
      { tenantId: guid(2), name: 'B' },
    ]);
    await service.renameList(a.id, 'Asia');
    const copy = await service.duplicateList(b.id, 'Global copy');
    // Global merged into Asia: Asia gets Global's partners (Global's values win), Global stays as it was.
    const merged = await service.mergeListInto(b.id, a.id);
    expect(merged.id).toBe(a.id);
    expect((await service.listLists()).map((l) => [l.name, l.count])).toEqual([
      ['Asia', 2],
      ['Global', 2],
      ['Global copy', 2],
    ]);
    expect((await service.allPartners(merged.id)).map((p) => [p.tenantId, p.name, p.country])).toEqual([
      [guid(1), 'A2', 'KR'],
      [guid(2), 'B', undefined],
    ]);
    expect((await service.allPartners(copy.id)).length).toBe(2);
    await expect(service.createList('   ')).rejects.toThrow('A list needs a name.');
    expect(changes).toBeGreaterThanOrEqual(5);
  });

  it('deletes with undo', async () => {
    const list = await service.createList('Temp', [{ tenantId: guid(1), name: 'A' }]);
    const { undoToken } = await service.deleteList(list.id);
    expect(await service.listLists()).toEqual([]);
    await service.undoDelete(undoToken);
    expect((await service.listLists()).map((l) => l.name)).toEqual(['Temp']);
    expect(await service.allPartners(list.id)).toEqual([{ tenantId: guid(1), name: 'A' }]);
    await expect(service.undoDelete(undoToken)).rejects.toThrow('Too late to undo');
  });

  it('edits rows and searches by name, tenant ID or country', async () => {
    const list = await service.createList('L', [
      { tenantId: guid(1), name: 'Fabrikam', country: 'KR' },
      { tenantId: guid(2), name: 'Contoso', country: 'US' },
    ]);
    await service.upsertPartner(list.id, { tenantId: guid(3), name: 'Tailspin', country: 'KR' });
    await service.upsertPartner(list.id, { tenantId: guid(1), name: 'Fabrikam Korea', country: 'KR' });
    expect((await service.search(list.id, 'kr')).rows.map((p) => p.name)).toEqual(['Fabrikam Korea', 'Tailspin']);
    expect((await service.search(list.id, guid(2).slice(0, 8))).rows.map((p) => p.name)).toEqual(['Contoso']);
    expect((await service.search(list.id, 'fabrikam korea')).total).toBe(1);
    expect(await service.removePartners(list.id, [guid(2)])).toBe(1);
    expect((await service.getPartners(list.id, 0, 10)).total).toBe(2);
  });

  it('diffs a list against the page', async () => {
    const list = await service.createList('L', [
      { tenantId: guid(1), name: 'A' },
      { tenantId: guid(2), name: 'B' },
    ]);
    const diff = await service.diffAgainstPage(list.id, [
      { tenantId: guid(2), name: 'B' },
      { tenantId: guid(9), name: 'Z' },
    ]);
    expect(diff).toEqual({
      toAdd: [{ tenantId: guid(1), name: 'A' }],
      addCount: 1,
      toRemove: [{ tenantId: guid(9), name: 'Z' }],
      unchanged: 1,
    });
  });

  it('reads a list once for callers that ask at once, and not at all right after writing it', async () => {
    const list = await service.createList('L', [{ tenantId: guid(1), name: 'A' }]);
    const reads = vi.spyOn(db.partnerChunks, 'where');
    await Promise.all([service.search(list.id, 'a'), service.diffAgainstPage(list.id, [])]);
    expect(reads).not.toHaveBeenCalled();
    service.forgetIndexes();
    const [page, diff] = await Promise.all([service.search(list.id, ''), service.diffAgainstPage(list.id, [])]);
    expect(reads).toHaveBeenCalledTimes(1);
    expect([page.total, diff.addCount]).toEqual([1, 1]);
  });

  it('diffs for a view with the first partners to add only, and their whole count', async () => {
    const list = await service.createList(
      'Long',
      [1, 2, 3, 4].map((n) => ({ tenantId: guid(n), name: `P${n}` })),
    );
    const diff = await service.diffAgainstPage(list.id, [{ tenantId: guid(2), name: 'P2' }], 2);
    expect(diff).toMatchObject({ addCount: 3, unchanged: 1 });
    expect(diff.toAdd.map((p) => p.name)).toEqual(['P1', 'P3']);
    expect((await service.diffAgainstPage(list.id, [])).toAdd).toHaveLength(4);
  });
});

describe('import', () => {
  it('previews with counts and row errors, then commits', async () => {
    const text = `${csvOf(3)}\r\nBroken,not-a-guid,KR\r\nAgain,${guid(1).toUpperCase()},US\r\n"Multi\nline",${guid(50)},DE`;
    const preview = await service.previewImport(encode(text), { newListName: 'Imported' });
    expect(preview).toMatchObject({
      totalRows: 6,
      valid: 4,
      toAdd: 4,
      toUpdate: 0,
      errorCount: 2,
      mapping: { name: 0, tenantId: 1, country: 2 },
    });
    expect(preview.errors).toEqual([
      { row: 5, column: 'Tenant ID', reason: 'tenant-id-invalid', value: 'not-a-guid' },
      { row: 6, column: 'Tenant ID', reason: 'duplicate', value: guid(1), firstRow: 2 },
    ]);
    const list = await service.commitImport(preview.importId);
    expect(list.count).toBe(4);
    expect((await service.search(list.id, 'multi')).rows[0]?.name).toBe('Multi\nline');
  });

  it('merges into an existing list: updates known partners, adds new ones', async () => {
    const list = await service.createList('L', [{ tenantId: guid(1), name: 'Old name', mpnId: '1234567' }]);
    const preview = await service.previewImport(encode(csvOf(2)), { listId: list.id });
    expect(preview).toMatchObject({ toAdd: 1, toUpdate: 1, unchanged: 0 });
    await service.commitImport(preview.importId);
    expect(await service.allPartners(list.id)).toEqual([
      { tenantId: guid(1), name: 'Partner 0', country: 'US', mpnId: '1234567' },
      { tenantId: guid(2), name: 'Partner 1', country: 'KR' },
    ]);
  });

  it('maps the previewed file again for another mapping or target without reading it again', async () => {
    const file = encode(csvOf(3));
    const preview = await service.previewImport(file, { newListName: 'Imported' });
    const list = await service.createList('L', [{ tenantId: guid(1), name: 'Known' }]);
    // What was read is mapped again: the file itself is not asked for its bytes a second time.
    file.arrayBuffer = () => Promise.reject(new Error('read again'));
    const remapped = await service.remapImport(preview.importId, { listId: list.id }, { tenantId: 1, country: 0 });
    expect(remapped).toMatchObject({ importId: preview.importId, mapping: { tenantId: 1, country: 0 }, toAdd: 2, toUpdate: 1 });
    expect(remapped.sample[0]).toEqual({ tenantId: guid(1), name: '', country: 'Partner 0' });
    await service.commitImport(preview.importId);
    expect((await service.allPartners(list.id)).map((p) => p.country)).toEqual(['Partner 0', 'Partner 1', 'Partner 2']);
    await expect(service.remapImport(preview.importId, { newListName: 'X' }, { tenantId: 1 })).rejects.toThrow('no longer available');
  });

  it.each([
    ['an empty file', '', 'The file is empty.'],
    ['a header without rows', 'Tenant ID,Name\r\n', 'The file has a header but no rows.'],
    ['no tenant column', 'Name,Country\r\nA,KR\r\n', 'No column holds tenant IDs'],
  ])('refuses %s with a clear message', async (_name, text, message) => {
    await expect(service.previewImport(encode(text), { newListName: 'X' })).rejects.toThrow(message);
  });

  it('writes nothing when a write fails at row 40,000 of 50,000', async () => {
    const preview = await service.previewImport(encode(csvOf(50_000)), { newListName: 'Big' });
    expect(preview.valid).toBe(50_000);
    const table = db.partnerChunks;
    const original = table.bulkPut.bind(table);
    let calls = 0;
    // Batches of 10 chunks of 1,000: the fourth batch holds row 40,000.
    table.bulkPut = ((items: Parameters<typeof original>[0]) => {
      calls++;
      if (calls === 4) return Promise.reject(new Error('disk full'));
      return original(items);
    }) as typeof table.bulkPut;
    await expect(service.commitImport(preview.importId)).rejects.toThrow('disk full');
    expect(await db.lists.count()).toBe(0);
    expect(await db.partnerChunks.count()).toBe(0);
  });

  it('cancels between chunks and writes nothing', async () => {
    const preview = await service.previewImport(encode(csvOf(30_000)), { newListName: 'Big' });
    const done = service.commitImport(preview.importId, ({ written }) => {
      if (written >= 10_000) service.cancelImport(preview.importId);
    });
    await expect(done).rejects.toThrow('Import cancelled: nothing was written.');
    expect(await db.lists.count()).toBe(0);
    expect(await db.partnerChunks.count()).toBe(0);
  });

  it('round-trips: export then import gives the same partners', async () => {
    const partners = [
      {
        tenantId: guid(1),
        name: '=cmd|calc',
        country: 'KR',
        mpnId: '1234567',
        competencies: ['Security'],
        skills: ['Azure', 'AI'],
        notes: 'note, "quoted"',
        resold: 'no' as const,
      },
      { tenantId: guid(2), name: '한빛 클라우드', resold: 'yes' as const },
    ];
    const list = await service.createList('Source', partners);
    const csv = await service.exportList(list.id, 'csv');
    const preview = await service.previewImport(encode(csv), { newListName: 'Copy' });
    const copy = await service.commitImport(preview.importId);
    expect(await service.allPartners(copy.id)).toEqual(partners);
  });
});

describe('schema migration', () => {
  it('opens a version-1 database and keeps its lists', async () => {
    const name = `old-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ lists: 'id, name' });
    await v1.table('lists').add({ id: 'l1', name: 'From 0.1.0' });
    v1.close();
    const current = openDatabase(name);
    const lists = await listsApi(current, () => undefined).listLists();
    expect(lists).toMatchObject([{ id: 'l1', name: 'From 0.1.0', count: 0 }]);
    expect(typeof lists[0]?.createdAt).toBe('string');
    expect(current.verno).toBe(4);
    await current.delete();
  });

  it('opens a version-2 database: its snapshots kept, offers not yet seen anywhere (no sightings)', async () => {
    const name = `v2-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores({
      lists: 'id, name, updatedAt',
      partnerChunks: '[listId+chunk], listId',
      offers: 'offerId',
      snapshots: '++id, [offerId+at]',
      settings: 'key',
    });
    await v2.table('snapshots').add({ offerId: 'o1', at: '2026-01-01T00:00:00.000Z', published: true, selectedOption: 2, tenantIds: [] });
    v2.close();
    const current = openDatabase(name);
    expect(await current.snapshots.count()).toBe(1);
    expect(await current.sightings.count()).toBe(0);
    expect(current.verno).toBe(4);
    await current.delete();
  });

  it('opens a version-3 database: its partners, kept one object each, read back the same from columns', async () => {
    const name = `v3-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores({
      lists: 'id, name, updatedAt',
      partnerChunks: '[listId+chunk], listId',
      offers: 'offerId',
      snapshots: '++id, [offerId+at]',
      settings: 'key',
      sightings: 'offerId',
    });
    const first = [
      { tenantId: guid(1), name: 'A', country: 'KR', resold: 'yes' },
      { tenantId: guid(2), name: 'B', competencies: ['Cloud', 'Data'] },
    ];
    const second = [{ tenantId: guid(3), name: 'C', notes: 'from 0.4' }];
    await v3.table('lists').add({ id: 'l1', name: 'Old', createdAt: 'c', updatedAt: 'u', count: 3 });
    await v3.table('partnerChunks').bulkAdd([
      { listId: 'l1', chunk: 1, partners: second },
      { listId: 'l1', chunk: 0, partners: first },
    ]);
    v3.close();
    const current = openDatabase(name);
    expect(await listsApi(current, () => undefined).allPartners('l1')).toEqual([...first, ...second]);
    expect((await current.partnerChunks.toArray()).every((c) => !('partners' in c) && c.columns.tenantId.length > 0)).toBe(true);
    await current.delete();
  });
});

describe('resale answers from a list', () => {
  it("gives a list's yes and no for the partners asked about, and nothing for the rest or for unknown", async () => {
    const list = await service.createList('Resold', [
      { tenantId: guid(1), name: 'A', resold: 'yes' },
      { tenantId: guid(2), name: 'B', resold: 'no' },
      { tenantId: guid(3), name: 'C', resold: 'unknown' },
      { tenantId: guid(4), name: 'D', resold: 'yes' },
      { tenantId: guid(5), name: 'E' },
    ]);
    expect(await service.resaleAnswers(list.id, [guid(1), guid(2), guid(3), guid(5), guid(9)])).toEqual({
      [guid(1)]: 'yes',
      [guid(2)]: 'no',
    });
  });
});

describe('search', () => {
  const naive = (partners: Partner[], query: string) => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return partners.flatMap((p, i) =>
      words.every((w) => [p.name, p.tenantId, p.country ?? '', p.mpnId ?? ''].some((field) => field.toLowerCase().includes(w))) ? [i] : [],
    );
  };

  it('finds what a scan of each partner finds, in list order (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'B', '0', '1', '-', ' ', 'İ', '한', 'ß'), maxLength: 8 });
    const partner = fc.record({
      tenantId: text,
      name: text,
      country: fc.option(text, { nil: undefined }),
      mpnId: fc.option(text, { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(partner, { maxLength: 30 }), text, (raw, query) => {
        const partners = raw.map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as unknown as Partner);
        const index = new PartnerIndex(partners);
        // A word that spans two fields of one partner matches neither way: the fields are apart.
        expect(index.search(query)).toEqual(naive(partners, query));
      }),
    );
  });
});
