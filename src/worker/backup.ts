/**
 * All of the user's data as one file, and back: lists with their partners, per-offer facts and the
 * audience history. Restoring is checked first and written in one transaction; deleting everything
 * is one transaction too.
 */
import * as v from 'valibot';
import { OFFER_TYPES } from '../core/audience';
import { AudienceSnapshotSchema, OfferFactsSchema, PartnerSchema } from '../core/schemas';
import { toChunks, type AssistantDatabase } from './database';
import { AssistantError } from '../core/errors';

export const BACKUP_FORMAT = 'csp-audience-assistant-backup';

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(1),
  exportedAt: v.string(),
  lists: v.array(
    v.object({ id: v.string(), name: v.string(), createdAt: v.string(), updatedAt: v.string(), partners: v.array(PartnerSchema) }),
  ),
  offers: v.array(
    v.object({
      ...OfferFactsSchema.entries,
      updatedAt: v.string(),
    }),
  ),
  snapshots: v.array(
    v.object({
      ...AudienceSnapshotSchema.entries,
      offerId: v.string(),
      offerName: v.optional(v.string()),
      offerType: v.optional(v.picklist(OFFER_TYPES)),
    }),
  ),
});

export type Backup = v.InferOutput<typeof BackupSchema>;

export async function exportBackup(db: AssistantDatabase): Promise<string> {
  const lists = await db.lists.toArray();
  const chunks = await db.partnerChunks.toArray();
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: new Date().toISOString(),
    lists: lists.map(({ id, name, createdAt, updatedAt }) => ({
      id,
      name,
      createdAt,
      updatedAt,
      partners: chunks
        .filter((c) => c.listId === id)
        .sort((a, b) => a.chunk - b.chunk)
        .flatMap((c) => c.partners),
    })),
    offers: await db.offers.toArray(),
    snapshots: (await db.snapshots.toArray()).map(({ id: _id, ...s }) => s),
  };
  return JSON.stringify(backup);
}

/** Replaces everything with the backup's content, or changes nothing and says what is wrong. */
export async function restoreBackup(db: AssistantDatabase, text: string): Promise<{ lists: number; offers: number }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AssistantError('backup-not-json', 'This file is not a backup: it is not JSON.');
  }
  const parsed = v.safeParse(BackupSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new AssistantError(
      'backup-invalid',
      `This file is not a valid backup${where ? ` (at ${where})` : ''}: ${issue?.message ?? 'unknown problem'}`,
      [where || '—'],
    );
  }
  const backup = parsed.output;
  // Where offers were seen is not in a backup: it goes with the snapshots it annotates.
  await db.transaction('rw', [db.lists, db.partnerChunks, db.offers, db.snapshots, db.sightings], async () => {
    await Promise.all([db.lists.clear(), db.partnerChunks.clear(), db.offers.clear(), db.snapshots.clear(), db.sightings.clear()]);
    for (const list of backup.lists) {
      await db.lists.put({
        id: list.id,
        name: list.name,
        createdAt: list.createdAt,
        updatedAt: list.updatedAt,
        count: list.partners.length,
      });
      await db.partnerChunks.bulkPut(toChunks(list.id, list.partners));
    }
    await db.offers.bulkPut(backup.offers);
    await db.snapshots.bulkAdd(backup.snapshots);
  });
  return { lists: backup.lists.length, offers: backup.offers.length };
}

export async function deleteAllData(db: AssistantDatabase): Promise<void> {
  await db.transaction('rw', [db.lists, db.partnerChunks, db.offers, db.snapshots, db.sightings, db.settings], async () => {
    await Promise.all([
      db.lists.clear(),
      db.partnerChunks.clear(),
      db.offers.clear(),
      db.snapshots.clear(),
      db.sightings.clear(),
      db.settings.clear(),
    ]);
  });
}
