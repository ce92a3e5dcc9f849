/**
 * All of the user's data as one file, and back: lists with their partners, per-offer facts, the
 * audience history, where each offer was seen, and the filed requests the panel hands over (they live
 * in extension storage, out of the worker's reach). A restore is previewed first, then merged or
 * replaced in one transaction that keeps the data it changed for Undo.
 */
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../core/backup-format';
import { previewRestore, type RestoreMode, type RestorePreview, restoredData, type Tally, tallyOf } from '../core/backup-plan';
import { AssistantError } from '../core/errors';
import type { FiledRequest } from '../core/support-request/filed-request';
import { type AssistantDatabase, fromChunks, toChunks } from './database';

/** The settings key of the data as it was before the last restore. */
const UNDO_KEY = 'restore-undo';

const tables = (db: AssistantDatabase) => [db.lists, db.partnerChunks, db.offers, db.snapshots, db.sightings, db.settings];

async function collect(db: AssistantDatabase, requests: FiledRequest[]): Promise<Backup> {
  const [lists, chunks, offers, snapshots, sightings] = await Promise.all([
    db.lists.toArray(),
    db.partnerChunks.toArray(),
    db.offers.toArray(),
    db.snapshots.toArray(),
    db.sightings.toArray(),
  ]);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    lists: lists.map(({ id, name, createdAt, updatedAt }) => ({
      id,
      name,
      createdAt,
      updatedAt,
      partners: fromChunks(chunks.filter((c) => c.listId === id)),
    })),
    offers,
    snapshots: snapshots.map(({ id: _id, ...s }) => s),
    sightings,
    requests,
  };
}

export async function exportBackup(db: AssistantDatabase, requests: FiledRequest[] = []): Promise<string> {
  return JSON.stringify(await collect(db, requests));
}

/** Everything in the database becomes `data`. Inside the caller's transaction. */
async function writeAll(db: AssistantDatabase, data: Backup): Promise<void> {
  await Promise.all([db.lists.clear(), db.partnerChunks.clear(), db.offers.clear(), db.snapshots.clear(), db.sightings.clear()]);
  await db.lists.bulkPut(data.lists.map(({ partners, ...list }) => ({ ...list, count: partners.length })));
  await db.partnerChunks.bulkPut(data.lists.flatMap((list) => toChunks(list.id, list.partners)));
  await db.offers.bulkPut(data.offers);
  await db.snapshots.bulkAdd(data.snapshots);
  await db.sightings.bulkPut(data.sightings ?? []);
}

/** What restoring `file` (read by readBackup, which says what is wrong and where) would do, with nothing changed. */
export async function previewBackup(db: AssistantDatabase, file: Backup, requests: FiledRequest[]): Promise<RestorePreview> {
  return previewRestore(await collect(db, requests), file);
}

export interface Restored {
  /** The filed requests as they now are, for the panel to keep in extension storage. */
  requests: FiledRequest[];
  /** What the data holds now. */
  now: Tally;
}

/**
 * Merges or replaces, in one transaction with keeping the data as it was (for undoRestore): all of it
 * happens, or none. `requests` are the filed requests here now.
 */
export async function restoreBackup(db: AssistantDatabase, file: Backup, mode: RestoreMode, requests: FiledRequest[]): Promise<Restored> {
  return db.transaction('rw', tables(db), async () => {
    const here = await collect(db, requests);
    const data = restoredData(here, file, mode, () => crypto.randomUUID(), new Date().toISOString());
    await db.settings.put({ key: UNDO_KEY, value: JSON.stringify(here) });
    await writeAll(db, data);
    return { requests: data.requests ?? [], now: tallyOf(data) };
  });
}

/** Puts back the data as it was before the last restore; once. */
export async function undoRestore(db: AssistantDatabase): Promise<Restored> {
  return db.transaction('rw', tables(db), async () => {
    const kept = (await db.settings.get(UNDO_KEY))?.value;
    if (typeof kept !== 'string')
      throw new AssistantError('restore-undo-gone', 'Nothing to undo: the data before the restore is no longer kept.');
    // Written by restoreBackup from this very database, not a file from elsewhere: a check that any
    // older record failed (a snapshot's odd tenant ID) must not stand between the user and Undo.
    const data = JSON.parse(kept) as Backup;
    await writeAll(db, data);
    await db.settings.delete(UNDO_KEY);
    return { requests: data.requests ?? [], now: tallyOf(data) };
  });
}

/** The data as it was before the last restore, as a backup file; null when none is kept. */
export async function undoBackup(db: AssistantDatabase): Promise<string | null> {
  const kept = (await db.settings.get(UNDO_KEY))?.value;
  return typeof kept === 'string' ? kept : null;
}

export async function deleteAllData(db: AssistantDatabase): Promise<void> {
  await db.transaction('rw', tables(db), async () => {
    await Promise.all(tables(db).map((table) => table.clear()));
  });
}
