/**
 * What every job on saved lists shares: the list records, a list's partners replaced in one
 * transaction, and each list's partners kept in memory (with their search index) while the worker runs.
 */
import type { Partner } from '../core/audience';
import { AssistantError } from '../core/errors';
import { CHUNK_SIZE, fromChunks, toChunks, type AssistantDatabase, type ListRecord } from './database';
import { mergePartner } from './import-preview';
import { PartnerIndex } from './partner-index';

export interface ImportProgress {
  written: number;
  total: number;
}

export interface WriteRun {
  cancelled?: () => boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** The list has no partners stored yet: there is nothing to delete first. */
  fresh?: boolean;
}

/** Chunks written per bulkPut: between batches, progress is told and a cancel is honoured. */
const BATCH = 4;

export function newId(): string {
  return crypto.randomUUID();
}

export function cleanName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new AssistantError('list-name-empty', 'A list needs a name.');
  if (trimmed.length > 200) throw new AssistantError('list-name-too-long', 'A list name has at most 200 characters.', ['200']);
  return trimmed;
}

/** The incoming partners added to the existing ones (each tenant ID once; the incoming values win). */
export function mergeInto(existing: Partner[], incoming: Partner[]): Partner[] {
  const byId = new Map(existing.map((p) => [p.tenantId, p]));
  for (const p of incoming) {
    const old = byId.get(p.tenantId);
    byId.set(p.tenantId, old ? mergePartner(old, p) : p);
  }
  return [...byId.values()];
}

export class ListStorage {
  /** Promises, so that callers asking at once (the table and the page diff) share one read. */
  private readonly indexes = new Map<string, Promise<PartnerIndex>>();

  constructor(
    readonly db: AssistantDatabase,
    readonly notify: () => void,
  ) {}

  /** After a restore or a wipe, which bypass these services. */
  forgetIndexes(): void {
    this.indexes.clear();
  }

  forgetIndex(listId: string): void {
    this.indexes.delete(listId);
  }

  index(listId: string): Promise<PartnerIndex> {
    const cached = this.indexes.get(listId);
    if (cached) return cached;
    const read = this.db.partnerChunks
      .where('listId')
      .equals(listId)
      .toArray()
      .then((chunks) => new PartnerIndex(fromChunks(chunks)));
    read.catch(() => this.indexes.delete(listId));
    this.indexes.set(listId, read);
    return read;
  }

  async partners(listId: string): Promise<Partner[]> {
    return (await this.index(listId)).partners;
  }

  async requireList(listId: string): Promise<ListRecord> {
    const list = await this.db.lists.get(listId);
    if (!list) throw new AssistantError('list-missing', `No list with id ${listId}.`);
    return list;
  }

  /**
   * Replaces a list's partners in one transaction, four chunks at a time: all or, on any failure or
   * cancel, nothing. Progress is reported between batches without awaiting the listener, which
   * would let the transaction end.
   */
  async writePartners(list: ListRecord, partners: Partner[], run: WriteRun = {}): Promise<ListRecord> {
    const next: ListRecord = { ...list, count: partners.length, updatedAt: new Date().toISOString() };
    const chunks = toChunks(list.id, partners);
    this.forgetIndex(list.id);
    await this.db.transaction('rw', this.db.lists, this.db.partnerChunks, async () => {
      if (!run.fresh) await this.db.partnerChunks.where('listId').equals(list.id).delete();
      for (let i = 0; i < chunks.length; i += BATCH) {
        if (run.cancelled?.()) throw new AssistantError('import-cancelled', 'Import cancelled: nothing was written.');
        await this.db.partnerChunks.bulkPut(chunks.slice(i, i + BATCH));
        run.onProgress?.({ written: Math.min((i + BATCH) * CHUNK_SIZE, partners.length), total: partners.length });
      }
      await this.db.lists.put(next);
    });
    // What was just written is what a read would give back: the list shown next needn't read it again.
    this.indexes.set(list.id, Promise.resolve(new PartnerIndex(partners)));
    this.notify();
    return next;
  }
}
