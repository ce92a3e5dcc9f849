/**
 * Saved partner lists: create, rename, duplicate, merge, delete with undo, edit rows, search, import
 * (preview, then one atomic commit), export and diff against a page. Partners are kept 1,000 to a
 * record; each list's search index lives in memory while the worker runs.
 */
import type { AudienceOption, Partner, PartnerRef } from '../core/audience';
import { diffList, type PageDiff } from '../core/apply/apply-plan';
import { headerSignature, isColumnMapping, type ColumnMapping } from '../core/csv/columns';
import { partnersToCsv, partnersToIngestionJson, partnersToPartnerCenterCsv } from '../core/csv/export';
import type { RowError } from '../core/csv/rows';
import { CHUNK_SIZE, toChunks, type AssistantDatabase, type ListRecord, type PartnerChunk } from './database';
import { compareWithList, mergePartner, prepareImport, type PreparedImport } from './import-preview';
import { AssistantError } from '../core/errors';
import { PartnerIndex } from './partner-index';

export interface ListPage {
  total: number;
  offset: number;
  rows: Partner[];
}

export interface ImportPreview {
  importId: string;
  encoding: string;
  delimiter: string;
  headers: string[];
  mapping: ColumnMapping;
  /** The mapping is the one the publisher chose for a file with these headers before. */
  mappingRemembered: boolean;
  tenantGuessed: boolean;
  totalRows: number;
  valid: number;
  toAdd: number;
  toUpdate: number;
  unchanged: number;
  errorCount: number;
  /** The first errors, in file order. */
  errors: RowError[];
  sample: Partner[];
}

export type ImportTarget = { listId: string } | { newListName: string };

export interface ImportProgress {
  written: number;
  total: number;
}

interface WriteRun {
  cancelled?: () => boolean;
  onProgress?: (progress: ImportProgress) => void;
}

const UNDO_MS = 30_000;
/** Chunks written per bulkPut: between batches, progress is told and a cancel is honoured. */
const BATCH = 10;
const ERRORS_SHOWN = 200;

function newId(): string {
  return crypto.randomUUID();
}

export class ListsService {
  private readonly indexes = new Map<string, PartnerIndex>();
  private readonly prepared = new Map<string, { file: PreparedImport; target: ImportTarget }>();
  private readonly cancelled = new Set<string>();
  private readonly trash = new Map<string, { list: ListRecord; chunks: PartnerChunk[]; timer: ReturnType<typeof setTimeout> }>();

  constructor(
    private readonly db: AssistantDatabase,
    private readonly notify: () => void,
  ) {}

  /** After a restore or a wipe, which bypass this service. */
  forgetIndexes(): void {
    this.indexes.clear();
  }

  async listLists(): Promise<ListRecord[]> {
    const lists = await this.db.lists.toArray();
    return lists.sort((a, b) => a.name.localeCompare(b.name));
  }

  private async index(listId: string): Promise<PartnerIndex> {
    const cached = this.indexes.get(listId);
    if (cached) return cached;
    const chunks = await this.db.partnerChunks.where('listId').equals(listId).sortBy('chunk');
    const index = new PartnerIndex(chunks.flatMap((c) => c.partners));
    this.indexes.set(listId, index);
    return index;
  }

  private async requireList(listId: string): Promise<ListRecord> {
    const list = await this.db.lists.get(listId);
    if (!list) throw new AssistantError('list-missing', `No list with id ${listId}.`);
    return list;
  }

  /**
   * Replaces a list's partners in one transaction, ten chunks at a time: all or, on any failure or
   * cancel, nothing. Progress is reported between batches without awaiting the listener, which
   * would let the transaction end.
   */
  private async writePartners(list: ListRecord, partners: Partner[], run: WriteRun = {}): Promise<ListRecord> {
    const next: ListRecord = { ...list, count: partners.length, updatedAt: new Date().toISOString() };
    const chunks = toChunks(list.id, partners);
    await this.db.transaction('rw', this.db.lists, this.db.partnerChunks, async () => {
      await this.db.partnerChunks.where('listId').equals(list.id).delete();
      for (let i = 0; i < chunks.length; i += BATCH) {
        if (run.cancelled?.()) throw new AssistantError('import-cancelled', 'Import cancelled: nothing was written.');
        await this.db.partnerChunks.bulkPut(chunks.slice(i, i + BATCH));
        run.onProgress?.({ written: Math.min((i + BATCH) * CHUNK_SIZE, partners.length), total: partners.length });
      }
      await this.db.lists.put(next);
    });
    // Rebuilt when the list is next searched, not on the writer's time.
    this.indexes.delete(list.id);
    this.notify();
    return next;
  }

  private cleanName(name: string): string {
    const trimmed = name.trim();
    if (trimmed === '') throw new AssistantError('list-name-empty', 'A list needs a name.');
    if (trimmed.length > 200) throw new AssistantError('list-name-too-long', 'A list name has at most 200 characters.', ['200']);
    return trimmed;
  }

  async createList(name: string, partners: Partner[] = []): Promise<ListRecord> {
    const now = new Date().toISOString();
    const list: ListRecord = { id: newId(), name: this.cleanName(name), createdAt: now, updatedAt: now, count: 0 };
    return this.writePartners(list, partners);
  }

  async renameList(listId: string, name: string): Promise<void> {
    const list = await this.requireList(listId);
    await this.db.lists.put({ ...list, name: this.cleanName(name), updatedAt: new Date().toISOString() });
    this.notify();
  }

  async duplicateList(listId: string, name: string): Promise<ListRecord> {
    await this.requireList(listId);
    return this.createList(name, (await this.index(listId)).partners);
  }

  /** The source list's partners added to the target (each tenant ID once; the source's values win); the source stays. */
  async mergeListInto(sourceId: string, targetId: string): Promise<ListRecord> {
    await this.requireList(sourceId);
    const target = await this.requireList(targetId);
    const merged = this.mergeInto((await this.index(targetId)).partners, (await this.index(sourceId)).partners);
    return this.writePartners(target, merged);
  }

  async deleteList(listId: string): Promise<{ undoToken: string; undoMs: number }> {
    const list = await this.requireList(listId);
    const chunks = await this.db.partnerChunks.where('listId').equals(listId).toArray();
    await this.db.transaction('rw', this.db.lists, this.db.partnerChunks, async () => {
      await this.db.partnerChunks.where('listId').equals(listId).delete();
      await this.db.lists.delete(listId);
    });
    this.indexes.delete(listId);
    const undoToken = newId();
    this.trash.set(undoToken, { list, chunks, timer: setTimeout(() => this.trash.delete(undoToken), UNDO_MS) });
    this.notify();
    return { undoToken, undoMs: UNDO_MS };
  }

  async undoDelete(undoToken: string): Promise<ListRecord> {
    const deleted = this.trash.get(undoToken);
    if (!deleted) throw new AssistantError('undo-too-late', 'Too late to undo: the list is gone.');
    clearTimeout(deleted.timer);
    this.trash.delete(undoToken);
    await this.db.transaction('rw', this.db.lists, this.db.partnerChunks, async () => {
      await this.db.partnerChunks.bulkPut(deleted.chunks);
      await this.db.lists.put(deleted.list);
    });
    this.notify();
    return deleted.list;
  }

  async getPartners(listId: string, offset: number, limit: number): Promise<ListPage> {
    return this.search(listId, '', offset, limit);
  }

  async search(listId: string, query: string, offset = 0, limit = 100): Promise<ListPage> {
    const index = await this.index(listId);
    const hits = index.search(query);
    return { total: hits.length, offset, rows: hits.slice(offset, offset + limit).map((i) => index.partners[i]!) };
  }

  async allPartners(listId: string): Promise<Partner[]> {
    return (await this.index(listId)).partners;
  }

  /**
   * A list's own answers to "has this partner resold?" (its Resold column) for the partners asked
   * about: yes and no only, never unknown. The panel asks for a few, not for the whole list.
   */
  async resaleAnswers(listId: string, tenantIds: string[]): Promise<Record<string, 'yes' | 'no'>> {
    const { partners } = await this.index(listId);
    const asked = new Set(tenantIds);
    const answers: Record<string, 'yes' | 'no'> = {};
    for (const p of partners) if (asked.has(p.tenantId) && (p.resold === 'yes' || p.resold === 'no')) answers[p.tenantId] = p.resold;
    return answers;
  }

  async upsertPartner(listId: string, partner: Partner): Promise<void> {
    const list = await this.requireList(listId);
    const partners = [...(await this.index(listId)).partners];
    const at = partners.findIndex((p) => p.tenantId === partner.tenantId);
    if (at >= 0) partners[at] = partner;
    else partners.push(partner);
    await this.writePartners(list, partners);
  }

  async removePartners(listId: string, tenantIds: string[]): Promise<number> {
    const list = await this.requireList(listId);
    const gone = new Set(tenantIds);
    const before = (await this.index(listId)).partners;
    const after = before.filter((p) => !gone.has(p.tenantId));
    await this.writePartners(list, after);
    return before.length - after.length;
  }

  /**
   * Previews a file against its target. A mapping the publisher chose is remembered for files with the
   * same headers and proposed for the next one (SettingRecord `mapping:<headers>`).
   */
  async previewImport(bytes: ArrayBuffer, target: ImportTarget, mapping?: ColumnMapping): Promise<ImportPreview> {
    const data = new Uint8Array(bytes);
    const read = prepareImport(data, mapping);
    const remembered = mapping ? undefined : await this.rememberedMapping(headerSignature(read.headers));
    const file = remembered ? prepareImport(data, remembered) : read;
    if (mapping) await this.db.settings.put({ key: `mapping:${headerSignature(file.headers)}`, value: mapping });
    if (file.partners.length === 0 && file.errors.length === 0) throw new AssistantError('no-rows', 'The file has a header but no rows.');
    const existing = 'listId' in target ? (await this.index((await this.requireList(target.listId)).id)).partners : [];
    const importId = newId();
    this.prepared.set(importId, { file, target });
    return {
      importId,
      encoding: file.encoding,
      delimiter: file.delimiter,
      headers: file.headers,
      mapping: file.mapping,
      mappingRemembered: remembered !== undefined,
      tenantGuessed: file.tenantGuessed,
      totalRows: file.totalRows,
      valid: file.partners.length,
      ...compareWithList(file.partners, existing),
      errorCount: file.errors.length,
      errors: file.errors.slice(0, ERRORS_SHOWN),
      sample: file.partners.slice(0, 5),
    };
  }

  private async rememberedMapping(signature: string): Promise<ColumnMapping | undefined> {
    const value = (await this.db.settings.get(`mapping:${signature}`))?.value;
    return isColumnMapping(value) ? value : undefined;
  }

  cancelImport(importId: string): void {
    this.cancelled.add(importId);
    this.prepared.delete(importId);
  }

  /** Writes a previewed import: into a new list, or merged into the list it was previewed against. */
  async commitImport(importId: string, onProgress?: (progress: ImportProgress) => void): Promise<ListRecord> {
    const prepared = this.prepared.get(importId);
    if (!prepared) throw new AssistantError('import-expired', 'This import is no longer available: preview the file again.');
    this.prepared.delete(importId);
    const { file, target } = prepared;
    const now = new Date().toISOString();
    const list: ListRecord =
      'listId' in target
        ? await this.requireList(target.listId)
        : { id: newId(), name: this.cleanName(target.newListName), createdAt: now, updatedAt: now, count: 0 };
    // A new list takes the file as it is (already one row per tenant ID); an existing one merges it in.
    const partners = 'listId' in target ? this.mergeInto((await this.index(list.id)).partners, file.partners) : file.partners;
    try {
      const run: WriteRun = { cancelled: () => this.cancelled.has(importId) };
      if (onProgress) run.onProgress = onProgress;
      return await this.writePartners(list, partners, run);
    } catch (error) {
      // The transaction rolled back either way; a full disk deserves words a user can act on.
      if (
        error instanceof Error &&
        (error.name === 'QuotaExceededError' || (error.name === 'AbortError' && /quota/i.test(error.message)))
      ) {
        throw new AssistantError(
          'out-of-space',
          'Not enough storage space for this list: nothing was written. Delete lists you no longer need, or free disk space, and try again.',
        );
      }
      throw error;
    } finally {
      this.cancelled.delete(importId);
    }
  }

  private mergeInto(existing: Partner[], incoming: Partner[]): Partner[] {
    const byId = new Map(existing.map((p) => [p.tenantId, p]));
    for (const p of incoming) {
      const old = byId.get(p.tenantId);
      byId.set(p.tenantId, old ? mergePartner(old, p) : p);
    }
    return [...byId.values()];
  }

  async exportList(
    listId: string,
    format: 'csv' | 'partner-center' | 'ingestion-json',
    option: AudienceOption = 2,
    productId = '',
  ): Promise<string> {
    await this.requireList(listId);
    const partners = (await this.index(listId)).partners;
    if (format === 'csv') return partnersToCsv(partners);
    if (format === 'partner-center') return partnersToPartnerCenterCsv(partners);
    return partnersToIngestionJson(partners, option, productId || '00000000-0000-0000-0000-000000000000', newId());
  }

  /** Does the list hold exactly these tenant IDs? */
  async holdsExactly(listId: string, tenantIds: readonly string[]): Promise<boolean> {
    const partners = (await this.index(listId)).partners;
    if (partners.length !== tenantIds.length) return false;
    const wanted = new Set(tenantIds);
    return partners.every((p) => wanted.has(p.tenantId));
  }

  async diffAgainstPage(listId: string, page: PartnerRef[]): Promise<PageDiff> {
    return diffList((await this.index(listId)).partners, page);
  }
}
