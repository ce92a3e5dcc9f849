/**
 * All of the user's data as one file, and back: lists with their partners, per-offer facts and the
 * audience history. Restoring is checked first and written in one transaction; deleting everything
 * is one transaction too.
 */
import * as v from 'valibot';
import { OFFER_TYPES } from '../core/audience';
import { AudienceSnapshotSchema, OfferFactsSchema, PartnerSchema } from '../core/schemas';
import { CANONICAL_TENANT_ID } from '../core/tenant-id';
import { BACKUP_LIMITS } from '../core/backup-limits';
import { toChunks, type AssistantDatabase } from './database';
import { AssistantError } from '../core/errors';

export const BACKUP_FORMAT = 'csp-audience-assistant-backup';
const BACKUP_VERSION = 1;

const TenantId = v.pipe(v.string(), v.regex(CANONICAL_TENANT_ID, 'not a tenant ID (a GUID)'));
const TenantIds = v.pipe(v.array(TenantId), v.maxLength(BACKUP_LIMITS.perOffer));
const PartnerRefs = v.pipe(v.array(v.object({ tenantId: TenantId, name: v.string() })), v.maxLength(BACKUP_LIMITS.perOffer));

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.string(),
  lists: v.pipe(
    v.array(v.object({ id: v.string(), name: v.string(), createdAt: v.string(), updatedAt: v.string(), partners: v.array(PartnerSchema) })),
    v.maxLength(BACKUP_LIMITS.lists),
    v.check(
      (lists) => lists.reduce((n, l) => n + l.partners.length, 0) <= BACKUP_LIMITS.partners,
      `more than ${BACKUP_LIMITS.partners} partners`,
    ),
  ),
  offers: v.pipe(
    v.array(
      v.object({
        ...OfferFactsSchema.entries,
        livePartners: PartnerRefs,
        unsyncedPartners: TenantIds,
        resale: v.pipe(
          v.record(TenantId, OfferFactsSchema.entries.resale.value),
          v.check((r) => Object.keys(r).length <= BACKUP_LIMITS.perOffer, 'too many resale answers'),
        ),
        updatedAt: v.string(),
      }),
    ),
    v.maxLength(BACKUP_LIMITS.offers),
  ),
  snapshots: v.pipe(
    v.array(
      v.object({
        ...AudienceSnapshotSchema.entries,
        tenantIds: TenantIds,
        offerId: v.string(),
        offerName: v.optional(v.string()),
        offerType: v.optional(v.picklist(OFFER_TYPES)),
      }),
    ),
    v.maxLength(BACKUP_LIMITS.snapshots),
  ),
});

/**
 * Refuses what a schema would pass over quietly: keys that name an object's prototype (a file is data,
 * never a way to reach one) and strings longer than any real value. Says where, as a path.
 */
function refuseHostileValues(value: unknown, path: string[] = []): void {
  if (typeof value === 'string') {
    if (value.length > BACKUP_LIMITS.stringLength) throw invalid(path, `a text longer than ${BACKUP_LIMITS.stringLength} characters`);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const keys = Object.keys(value);
  // Before any entry is looked at: no list of a backup holds more than all the partners it may hold.
  if (keys.length > BACKUP_LIMITS.partners) throw invalid(path, `more than ${BACKUP_LIMITS.partners} entries`);
  for (const key of keys) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') throw invalid([...path, key], `the key "${key}"`);
    refuseHostileValues((value as Record<string, unknown>)[key], [...path, key]);
  }
}

function invalid(path: string[], problem: string): AssistantError {
  const where = path.join('.');
  return new AssistantError('backup-invalid', `This file is not a valid backup${where ? ` (at ${where})` : ''}: ${problem}`, [
    where || '—',
  ]);
}

export type Backup = v.InferOutput<typeof BackupSchema>;

export async function exportBackup(db: AssistantDatabase): Promise<string> {
  const lists = await db.lists.toArray();
  const chunks = await db.partnerChunks.toArray();
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
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

/** The backup in `text`, checked whole before anything is touched; or an error that says what and where. */
export function readBackup(text: string): Backup {
  if (text.length > BACKUP_LIMITS.bytes) {
    throw new AssistantError('backup-too-large', `This file is larger than a backup can be (${BACKUP_LIMITS.bytes} bytes).`, [
      String(Math.round(BACKUP_LIMITS.bytes / 1024 / 1024)),
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AssistantError('backup-not-json', 'This file is not a backup: it is not JSON.');
  }
  const version = (json as { format?: unknown; version?: unknown } | null)?.version;
  if ((json as { format?: unknown } | null)?.format === BACKUP_FORMAT && typeof version === 'number' && version > BACKUP_VERSION) {
    throw new AssistantError('backup-newer', `This backup was made by a newer version of the assistant (format ${version}).`, [
      String(version),
    ]);
  }
  refuseHostileValues(json);
  const parsed = v.safeParse(BackupSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw invalid(issue?.path?.map((p) => String(p.key)) ?? [], issue?.message ?? 'unknown problem');
  }
  return parsed.output;
}

/** Replaces everything with the backup's content, or changes nothing and says what is wrong. */
export async function restoreBackup(db: AssistantDatabase, text: string): Promise<{ lists: number; offers: number }> {
  const backup = readBackup(text);
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
