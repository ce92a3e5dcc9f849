import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteAllData, exportBackup, restoreBackup } from '../../../src/worker/backup';
import { openDatabase, type AssistantDatabase } from '../../../src/worker/database';
import { ListsService } from '../../../src/worker/lists-service';
import { OffersStore } from '../../../src/worker/offers-store';

let db: AssistantDatabase;
let lists: ListsService;
let offers: OffersStore;
const G1 = '0f8fad5b-d9cb-469f-a165-70867728950e';

beforeEach(async () => {
  db = openDatabase(`backup-${Math.random()}`);
  lists = new ListsService(db, () => undefined);
  offers = new OffersStore(db, () => undefined);
  await lists.createList('Korea', [{ tenantId: G1, name: '한빛', country: 'KR' }]);
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
    await new ListsService(other, () => undefined).createList('Will be replaced');
    expect(await restoreBackup(other, text)).toEqual({ lists: 1, offers: 1 });
    const restored = new ListsService(other, () => undefined);
    const [list] = await restored.listLists();
    expect(list?.name).toBe('Korea');
    expect(await restored.allPartners(list!.id)).toEqual([{ tenantId: G1, name: '한빛', country: 'KR' }]);
    expect((await new OffersStore(other, () => undefined).getFacts('o1')).resale).toEqual({ [G1]: 'no' });
    await other.delete();
  });

  it('refuses a file that is not a backup, says where, and changes nothing', async () => {
    await expect(restoreBackup(db, 'not json')).rejects.toMatchObject({ name: 'AssistantError:backup-not-json' });
    const broken = JSON.parse(await exportBackup(db));
    broken.lists[0].partners[0].tenantId = 'nope';
    await expect(restoreBackup(db, JSON.stringify(broken))).rejects.toMatchObject({
      name: 'AssistantError:backup-invalid:["lists.0.partners.0.tenantId"]',
    });
    expect((await lists.listLists()).map((l) => l.name)).toEqual(['Korea']);
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
