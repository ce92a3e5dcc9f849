/**
 * Imports as the panel runs them: a file previewed against its target (nothing written), then one
 * atomic commit of that preview, with progress and cancel. A preview is kept until it is committed or
 * cancelled.
 */
import { headerSignature, isColumnMapping, type ColumnMapping } from '../core/csv/columns';
import type { RowError } from '../core/csv/rows';
import type { Partner } from '../core/audience';
import { AssistantError } from '../core/errors';
import type { AssistantDatabase, ListRecord } from './database';
import { compareWithList, type ImportFile, mapImportFile, readImportFile, type PreparedImport } from './import-preview';
import { cleanName, mergeInto, newId, type ImportProgress, type ListStorage, type WriteRun } from './list-storage';

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

const ERRORS_SHOWN = 200;
const MAPPING_KEY = 'mapping:';

/**
 * The mappings the publisher chose before, by header signature. Asked for before the file is read, so
 * that the database answers while the worker parses, not after.
 */
async function rememberedMappings(db: AssistantDatabase): Promise<Map<string, ColumnMapping>> {
  const settings = await db.settings.where('key').startsWith(MAPPING_KEY).toArray();
  const mappings = new Map<string, ColumnMapping>();
  for (const { key, value } of settings) if (isColumnMapping(value)) mappings.set(key.slice(MAPPING_KEY.length), value);
  return mappings;
}

export class ImportSessions {
  /** Each preview shown: the file as read (for a remap), as mapped (for the commit), and where it goes. */
  private readonly prepared = new Map<string, { source: ImportFile; file: PreparedImport; target: ImportTarget }>();
  private readonly cancelled = new Set<string>();

  constructor(private readonly storage: ListStorage) {}

  /**
   * Previews a file against its target, with the mapping the publisher chose for a file with the same
   * headers before (SettingRecord `mapping:<headers>`, kept by a remap), or the one guessed.
   */
  async previewImport(file: Blob, target: ImportTarget): Promise<ImportPreview> {
    const asked = rememberedMappings(this.storage.db);
    // A file refused while reading leaves this unawaited: its failure must not go unhandled.
    asked.catch(() => undefined);
    // Read here, not in the panel: its bytes never pass through the panel's heap or its thread.
    const source = readImportFile(new Uint8Array(await file.arrayBuffer()));
    const remembered = (await asked).get(headerSignature(source.headers));
    return this.#preview(newId(), source, target, undefined, remembered);
  }

  /**
   * The previewed file again, for another target or mapping: mapped anew from what was read, not read
   * and parsed again.
   */
  async remapImport(importId: string, target: ImportTarget, mapping: ColumnMapping): Promise<ImportPreview> {
    const kept = this.prepared.get(importId);
    if (!kept) throw new AssistantError('import-expired', 'This import is no longer available: preview the file again.');
    return this.#preview(importId, kept.source, target, mapping, undefined);
  }

  // A #private method: not on the prototype, so not among the methods the panel can call (lists-api).
  async #preview(
    importId: string,
    source: ImportFile,
    target: ImportTarget,
    mapping: ColumnMapping | undefined,
    remembered: ColumnMapping | undefined,
  ): Promise<ImportPreview> {
    const { db } = this.storage;
    // Mapped once: with the publisher's mapping, the one remembered for these headers, or the one guessed.
    const mapped = mapImportFile(source, mapping ?? remembered);
    if (mapping) await db.settings.put({ key: `${MAPPING_KEY}${headerSignature(mapped.headers)}`, value: mapping });
    if (mapped.partners.length === 0 && mapped.errors.length === 0)
      throw new AssistantError('no-rows', 'The file has a header but no rows.');
    const existing = 'listId' in target ? await this.storage.partners((await this.storage.requireList(target.listId)).id) : [];
    this.prepared.set(importId, { source, file: mapped, target });
    return {
      importId,
      encoding: mapped.encoding,
      delimiter: mapped.delimiter,
      headers: mapped.headers,
      mapping: mapped.mapping,
      mappingRemembered: remembered !== undefined,
      tenantGuessed: mapped.tenantGuessed,
      totalRows: mapped.totalRows,
      valid: mapped.partners.length,
      ...compareWithList(mapped.partners, existing),
      errorCount: mapped.errors.length,
      errors: mapped.errors.slice(0, ERRORS_SHOWN),
      sample: mapped.partners.slice(0, 5),
    };
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
    const into = 'listId' in target;
    const list: ListRecord = into
      ? await this.storage.requireList(target.listId)
      : { id: newId(), name: cleanName(target.newListName), createdAt: now, updatedAt: now, count: 0 };
    // A new list takes the file as it is (already one row per tenant ID); an existing one merges it in.
    const partners = into ? mergeInto(await this.storage.partners(list.id), file.partners) : file.partners;
    try {
      const run: WriteRun = { cancelled: () => this.cancelled.has(importId), fresh: !into };
      if (onProgress) run.onProgress = onProgress;
      return await this.storage.writePartners(list, partners, run);
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
}
