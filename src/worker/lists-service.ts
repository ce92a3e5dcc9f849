/** Saved lists as wholes: create, rename, duplicate, merge, and delete with a moment to undo. */
import type { Partner } from '../core/audience';
import { AssistantError } from '../core/errors';
import type { ListRecord, PartnerChunk } from './database';
import { cleanName, mergeInto, newId, type ListStorage } from './list-storage';

const UNDO_MS = 30_000;

export class ListsService {
  private readonly trash = new Map<string, { list: ListRecord; chunks: PartnerChunk[]; timer: ReturnType<typeof setTimeout> }>();

  constructor(private readonly storage: ListStorage) {}

  async listLists(): Promise<ListRecord[]> {
    const lists = await this.storage.db.lists.toArray();
    return lists.sort((a, b) => a.name.localeCompare(b.name));
  }

  async createList(name: string, partners: Partner[] = []): Promise<ListRecord> {
    const now = new Date().toISOString();
    const list: ListRecord = { id: newId(), name: cleanName(name), createdAt: now, updatedAt: now, count: 0 };
    return this.storage.writePartners(list, partners, { fresh: true });
  }

  async renameList(listId: string, name: string): Promise<void> {
    const list = await this.storage.requireList(listId);
    await this.storage.db.lists.put({ ...list, name: cleanName(name), updatedAt: new Date().toISOString() });
    this.storage.notify();
  }

  async duplicateList(listId: string, name: string): Promise<ListRecord> {
    await this.storage.requireList(listId);
    return this.createList(name, await this.storage.partners(listId));
  }

  /** The source list's partners added to the target (each tenant ID once; the source's values win); the source stays. */
  async mergeListInto(sourceId: string, targetId: string): Promise<ListRecord> {
    await this.storage.requireList(sourceId);
    const target = await this.storage.requireList(targetId);
    const merged = mergeInto(await this.storage.partners(targetId), await this.storage.partners(sourceId));
    return this.storage.writePartners(target, merged);
  }

  async deleteList(listId: string): Promise<{ undoToken: string; undoMs: number }> {
    const { db } = this.storage;
    const list = await this.storage.requireList(listId);
    const chunks = await db.partnerChunks.where('listId').equals(listId).toArray();
    await db.transaction('rw', db.lists, db.partnerChunks, async () => {
      await db.partnerChunks.where('listId').equals(listId).delete();
      await db.lists.delete(listId);
    });
    this.storage.forgetIndex(listId);
    const undoToken = newId();
    this.trash.set(undoToken, { list, chunks, timer: setTimeout(() => this.trash.delete(undoToken), UNDO_MS) });
    this.storage.notify();
    return { undoToken, undoMs: UNDO_MS };
  }

  async undoDelete(undoToken: string): Promise<ListRecord> {
    const { db } = this.storage;
    const deleted = this.trash.get(undoToken);
    if (!deleted) throw new AssistantError('undo-too-late', 'Too late to undo: the list is gone.');
    clearTimeout(deleted.timer);
    this.trash.delete(undoToken);
    await db.transaction('rw', db.lists, db.partnerChunks, async () => {
      await db.partnerChunks.bulkPut(deleted.chunks);
      await db.lists.put(deleted.list);
    });
    this.storage.notify();
    return deleted.list;
  }
}
