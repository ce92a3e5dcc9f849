/**
 * The backup file: its shape, and reading one back. Checked whole before anything is touched, so a
 * bad file says what is wrong and where, and changes nothing. Pure: the worker reads and writes the
 * database, the panel adds what lives in extension storage (filed requests).
 */
import * as v from 'valibot';
import { isPortalUrl } from '../portal/portal-constants';
import { OFFER_TYPES } from './audience';
import { BACKUP_LIMITS } from './backup-limits';
import { AssistantError } from './errors';
import { AudienceSnapshotSchema, FiledRequestSchema, OfferFactsSchema, PartnerSchema } from './schemas';
import { CANONICAL_TENANT_ID } from './tenant-id';

export const BACKUP_FORMAT = 'csp-audience-assistant-backup';
/** Sightings and requests came later as optional fields: version 1 files read either way. */
export const BACKUP_VERSION = 1;

const TenantId = v.pipe(v.string(), v.regex(CANONICAL_TENANT_ID, 'not a tenant ID (a GUID)'));
const TenantIds = v.pipe(v.array(TenantId), v.maxLength(BACKUP_LIMITS.perOffer));
const PartnerRefs = v.pipe(v.array(v.object({ tenantId: TenantId, name: v.string() })), v.maxLength(BACKUP_LIMITS.perOffer));

// A filed request as storage keeps it, with no more partners than a backup's offer holds.
const FiledRequestInBackup = v.object({ ...FiledRequestSchema.entries, tenantIds: TenantIds });

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
  // Where each offer's page is: without it a restored offer's name opens nothing (issue #26).
  sightings: v.optional(
    v.pipe(
      v.array(
        v.object({
          offerId: v.string(),
          seenAt: v.string(),
          // Opened in the Partner Center tab: a file may name no other address.
          url: v.pipe(
            v.string(),
            v.check<string, string>((url) => isPortalUrl(url), 'not a Partner Center address'),
          ),
        }),
      ),
      v.maxLength(BACKUP_LIMITS.offers),
    ),
  ),
  requests: v.optional(v.pipe(v.array(FiledRequestInBackup), v.maxLength(BACKUP_LIMITS.offers))),
});

export type Backup = v.InferOutput<typeof BackupSchema>;

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
