import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBackup } from '../../../src/core/backup-format';
import type { RestoreMode } from '../../../src/core/backup-plan';
import type { FiledRequest } from '../../../src/core/support-request/filed-request';
import { deleteAllData, exportBackup, previewBackup, restoreBackup, undoBackup, undoRestore } from '../../../src/worker/backup';
import type { Partner } from '../../../src/core/audience';
import { fromChunks, openDatabase, toChunks, type AssistantDatabase } from '../../../src/worker/database';
import { OffersStore } from '../../../src/worker/offers-store';
import { RestoreSessions } from '../../../src/worker/restore-sessions';

let db: AssistantDatabase;
// A backup's text, read as the worker reads a file: readBackup's errors are the restore's.
const restoreText = async (target: AssistantDatabase, text: string, mode: RestoreMode, requests: FiledRequest[]) =>
  restoreBackup(target, readBackup(text), mode, requests);
let offers: OffersStore;
const G1 = '0f8fad5b-d9cb-469f-a165-70867728950e';

// Straight into the tables: what a restore reads and writes, whichever service made it.
async function createList(target: AssistantDatabase, name: string, partners: Partner[] = []): Promise<void> {
  const id = `${name}-id`;
  await target.lists.put({ id, name, createdAt: 'c', updatedAt: 'u', count: partners.length });
  await target.partnerChunks.bulkPut(toChunks(id, partners));
}
const listsOf = async (target: AssistantDatabase) => (await target.lists.toArray()).sort((a, b) => a.name.localeCompare(b.name));
const partnersOf = async (target: AssistantDatabase, listId: string) =>
  fromChunks(await target.partnerChunks.where('listId').equals(listId).toArray());
const lists = { listLists: () => listsOf(db), createList: (name: string, partners: Partner[] = []) => createList(db, name, partners) };

beforeEach(async () => {
  db = openDatabase(`backup-${Math.random()}`);
  offers = new OffersStore(db, () => undefined);
  await createList(db, 'Korea', [{ tenantId: G1, name: '한빛', country: 'KR' }]);
  await offers.saveFacts({
    offerId: 'o1',
    liveOption: 2,
    livePartners: [{ tenantId: G1, name: '한빛' }],
    unsyncedPartners: [],
    resale: { [G1]: 'no' },
  });
});
afterEach(() => db.delete());

describe('backup', () => {
  it('restores exactly what it saved, into an empty or a different database', async () => {
    const text = await exportBackup(db);
    const other = openDatabase(`restore-${Math.random()}`);
    await createList(other, 'Will be replaced');
    expect(await restoreText(other, text, 'replace', [])).toEqual({
      requests: [],
      now: { lists: 1, partners: 1, offers: 1, requests: 0 },
    });
    const [list] = await listsOf(other);
    expect(list?.name).toBe('Korea');
    expect(await partnersOf(other, list!.id)).toEqual([{ tenantId: G1, name: '한빛', country: 'KR' }]);
    expect((await new OffersStore(other, () => undefined).getFacts('o1')).resale).toEqual({ [G1]: 'no' });
    await other.delete();
  });

  it('refuses a file that is not a backup, says where, and changes nothing', async () => {
    await expect(restoreText(db, 'not json', 'replace', [])).rejects.toMatchObject({ name: 'AssistantError:backup-not-json' });
    const broken = JSON.parse(await exportBackup(db));
    broken.lists[0].partners[0].tenantId = 'nope';
    await expect(restoreText(db, JSON.stringify(broken), 'replace', [])).rejects.toMatchObject({
      name: 'AssistantError:backup-invalid:["lists.0.partners.0.tenantId"]',
    });
    expect((await lists.listLists()).map((l) => l.name)).toEqual(['Korea']);
  });

  describe('a crafted file gets a clear error, and nothing is lost', () => {
    // biome-ignore lint/suspicious/noExplicitAny: a crafted file breaks the backup's types on purpose.
    type Crafted = any;
    const G2 = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    const good = async () => JSON.parse(await exportBackup(db)) as Crafted;
    const refusal = async (text: string) => {
      const error = await restoreText(db, text, 'replace', []).then(
        () => null,
        (e: unknown) => e as Error,
      );
      // Whatever the file, the data here is as it was.
      expect((await lists.listLists()).map((l) => l.name)).toEqual(['Korea']);
      expect((await offers.getFacts('o1')).resale).toEqual({ [G1]: 'no' });
      return error?.name ?? 'restored';
    };

    it.each([
      ['a list name that is a number', (b: Crafted) => (b.lists[0].name = 5), 'lists.0.name'],
      ['partners that are not an array', (b: Crafted) => (b.lists[0].partners = { 0: {} }), 'lists.0.partners'],
      [
        'a partner reference whose tenant ID is no GUID',
        (b: Crafted) => (b.offers[0].livePartners[0].tenantId = 'x'),
        'offers.0.livePartners.0.tenantId',
      ],
      ['a resale key that is no GUID', (b: Crafted) => (b.offers[0].resale = { nope: 'no' }), 'offers.0.resale.nope'],
      ['an unsynced partner that is no GUID', (b: Crafted) => (b.offers[0].unsyncedPartners = ['{x}']), 'offers.0.unsyncedPartners.0'],
      [
        'a snapshot tenant ID that is no GUID',
        (b: Crafted) => (b.snapshots = [{ at: 'x', published: true, selectedOption: 2, tenantIds: ['1'], offerId: 'o1' }]),
        'snapshots.0.tenantIds.0',
      ],
    ])('%s', async (_name, spoil, where) => {
      const b = await good();
      spoil(b);
      expect(await refusal(JSON.stringify(b))).toBe(`AssistantError:backup-invalid:${JSON.stringify([where])}`);
    });

    it.each(['__proto__', 'constructor', 'prototype'])('a "%s" key anywhere', async (key) => {
      const b = await good();
      const text = JSON.stringify(b).replace('"resale":{', `"resale":{"${key}":{"polluted":true},`);
      expect(await refusal(text)).toBe(`AssistantError:backup-invalid:${JSON.stringify([`offers.0.resale.${key}`])}`);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('a huge string', async () => {
      const b = await good();
      b.lists[0].partners[0].notes = 'x'.repeat(1_000_000);
      expect(await refusal(JSON.stringify(b))).toBe(`AssistantError:backup-invalid:${JSON.stringify(['lists.0.partners.0.notes'])}`);
    });

    it('a million entries, refused before any is looked at', async () => {
      const b = await good();
      b.snapshots = new Array(1_000_000).fill(0);
      expect(await refusal(JSON.stringify(b))).toBe(`AssistantError:backup-invalid:${JSON.stringify(['snapshots'])}`);
    });

    it('more resale answers for one offer than any offer has', async () => {
      const b = await good();
      b.offers[0].resale = Object.fromEntries(
        Array.from({ length: 50_001 }, (_, i) => [`${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`, 'no']),
      );
      expect(await refusal(JSON.stringify(b))).toBe(`AssistantError:backup-invalid:${JSON.stringify(['offers.0.resale'])}`);
    });

    it('a file larger than any backup', async () => {
      expect(await refusal(' '.repeat(129 * 1024 * 1024))).toBe('AssistantError:backup-too-large:["128"]');
    });

    it('a backup from a future version says so', async () => {
      const b = await good();
      b.version = 2;
      expect(await refusal(JSON.stringify(b))).toBe('AssistantError:backup-newer:["2"]');
    });

    it('while a good file with a second partner still restores', async () => {
      const b = await good();
      b.lists[0].partners.push({ tenantId: G2, name: 'Fabrikam' });
      await restoreText(db, JSON.stringify(b), 'replace', []);
      expect((await lists.listLists())[0]?.count).toBe(2);
    });
  });

  describe('a restore loses nothing', () => {
    const SIGHTING = { offerId: 'o1', seenAt: '2026-11-30T00:00:00.000Z', url: 'https://partner.microsoft.com/offer/o1' };
    const FILED = { offerId: 'o1', from: 2 as const, to: 1 as const, tenantIds: [G1], filedAt: 'x', caseNumber: '1234567890' };
    const older = async () => {
      const text = await exportBackup(db);
      await lists.createList('Added since', [{ tenantId: '7c9e6679-7425-40de-944b-e07fc1f90ae7', name: 'Fabrikam' }]);
      return text;
    };
    const names = async () => (await lists.listLists()).map((l) => l.name);

    it('keeps where each offer was seen and the filed requests in the file', async () => {
      await db.sightings.put(SIGHTING);
      const text = await exportBackup(db, [FILED]);
      const other = openDatabase(`restore-${Math.random()}`);
      expect((await restoreText(other, text, 'replace', [])).requests).toEqual([FILED]);
      expect(await other.sightings.toArray()).toEqual([SIGHTING]);
      await other.delete();
    });

    it('previews without changing anything', async () => {
      const text = await older();
      const preview = await previewBackup(db, readBackup(text), []);
      expect(preview.onlyHere).toMatchObject({ lists: 1, partners: 1 });
      expect(await names()).toEqual(['Added since', 'Korea']);
    });

    it('a merge keeps the list added since the backup', async () => {
      await restoreText(db, await older(), 'merge', []);
      expect(await names()).toEqual(['Added since', 'Korea']);
    });

    it('a replace can be undone, once, and keeps what it replaced as a backup until then', async () => {
      await db.sightings.put(SIGHTING);
      const text = await older();
      // The file was saved with no filed request: a replace leaves none, its undo brings it back.
      expect((await restoreText(db, text, 'replace', [FILED])).requests).toEqual([]);
      expect(await names()).toEqual(['Korea']);
      // Where the offer's page is survives a file that did not hold it.
      expect(await db.sightings.toArray()).toEqual([SIGHTING]);
      expect(JSON.parse((await undoBackup(db)) ?? '{}').lists.map((l: { name: string }) => l.name)).toContain('Added since');
      expect((await undoRestore(db)).requests).toEqual([FILED]);
      expect(await names()).toEqual(['Added since', 'Korea']);
      expect(await undoBackup(db)).toBeNull();
      await expect(undoRestore(db)).rejects.toMatchObject({ name: 'AssistantError:restore-undo-gone' });
    });
  });

  it('deletes all data, where offers were seen included', async () => {
    await db.sightings.put({ offerId: 'o1', seenAt: '2026-11-30T00:00:00.000Z', url: 'https://partner.microsoft.com/x' });
    await deleteAllData(db);
    const counts = await Promise.all(
      [db.lists, db.partnerChunks, db.offers, db.snapshots, db.sightings, db.settings].map((t) => t.count()),
    );
    expect(counts).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('a restore read once', () => {
  it('restores what its preview read, without reading the file again, and only once', async () => {
    const text = await exportBackup(db);
    await deleteAllData(db);
    const sessions = new RestoreSessions(db);
    const file = new Blob([text]);
    const { token, preview } = await sessions.preview(file, []);
    expect(preview.file.lists).toBe(1);
    file.text = () => Promise.reject(new Error('read again'));
    expect((await sessions.restore(token, 'replace', [])).now).toMatchObject({ lists: 1, partners: 1 });
    expect((await partnersOf(db, 'Korea-id')).map((p) => p.name)).toEqual(['한빛']);
    await expect(sessions.restore(token, 'replace', [])).rejects.toMatchObject({ name: 'AssistantError:restore-expired' });
  });

  it('lets go of what it read when the publisher goes back, or picks another file', async () => {
    const text = await exportBackup(db);
    const sessions = new RestoreSessions(db);
    const first = await sessions.preview(new Blob([text]), []);
    const second = await sessions.preview(new Blob([text]), []);
    await expect(sessions.restore(first.token, 'merge', [])).rejects.toMatchObject({ name: 'AssistantError:restore-expired' });
    sessions.cancel(second.token);
    await expect(sessions.restore(second.token, 'merge', [])).rejects.toMatchObject({ name: 'AssistantError:restore-expired' });
  });
});
