/**
 * The steps of an import, as the panel runs them: the file read into a preview (mapped again when the
 * publisher changes where it goes or how its columns map), then one commit with progress and cancel.
 */
import * as Comlink from 'comlink';
import { useRef, useState } from 'preact/hooks';
import type { ColumnMapping } from '../../core/csv/columns';
import { MAX_IMPORT_BYTES } from '../../core/csv/limits';
import type { ImportPreview, ImportTarget } from '../../worker/import-sessions';
import type { ImportProgress } from '../../worker/list-storage';
import { errorText } from '../error-text';
import { t } from '../i18n';
import { storage, storageFailure } from '../worker-client';

/** Where an import goes: a new list named after the file (the default), or added to the list shown. */
export type Into = 'new' | 'add';

export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; preview: ImportPreview; file: File; into: Into }
  | { step: 'writing'; progress: ImportProgress | null; importId: string }
  | { step: 'done'; count: number; name: string }
  | { step: 'cancelled' }
  | { step: 'failed'; message: string };

export const listNameOf = (fileName: string) => fileName.replace(/\.[^.]+$/, '');

export function useImportFlow(current: { id: string } | null, onDone: (listId: string) => void) {
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  /** A cancel the publisher chose ends the import as a plain notice, not as an error. */
  const cancelling = useRef(false);
  const targetOf = (file: File, into: Into): ImportTarget =>
    into === 'add' && current ? { listId: current.id } : { newListName: listNameOf(file.name) };

  /** A file picked: into a new list named after it, until the publisher chooses otherwise (remap). */
  async function preview(file: File) {
    if (state.step === 'preview') void storage().lists.cancelImport(state.preview.importId);
    setState({ step: 'reading' });
    try {
      const result = await storage().lists.previewImport(file, targetOf(file, 'new'));
      setState({ step: 'preview', preview: result, file, into: 'new' });
    } catch (error) {
      setState({ step: 'failed', message: t('importFailed', [file.name, errorText(error)]) });
    }
  }

  /** The file shown, for another target or mapping: the worker maps again what it read. */
  async function remap(shown: Extract<ImportStep, { step: 'preview' }>, into: Into, mapping: ColumnMapping) {
    const { file, preview: before } = shown;
    setState({ step: 'reading' });
    try {
      const result = await storage().lists.remapImport(before.importId, targetOf(file, into), mapping);
      setState({ step: 'preview', preview: result, file, into });
    } catch (error) {
      void storage().lists.cancelImport(before.importId);
      setState({ step: 'failed', message: t('importFailed', [file.name, errorText(error)]) });
    }
  }

  async function pick(file: File) {
    // User Timing marks: `npm run bench` reads them; they cost nothing otherwise.
    performance.mark('csp-import-preview-start');
    if (file.size > MAX_IMPORT_BYTES) {
      const tooLarge = t('error_too_large', [(file.size / 1048576).toFixed(0), String(MAX_IMPORT_BYTES / 1048576)]);
      setState({ step: 'failed', message: t('importFailed', [file.name, tooLarge]) });
      return;
    }
    await preview(file);
    performance.measure('csp-import-preview', 'csp-import-preview-start');
  }

  async function commit(ready: ImportPreview) {
    cancelling.current = false;
    performance.mark('csp-import-commit-start');
    setState({ step: 'writing', progress: null, importId: ready.importId });
    // Progress messages already on their way may arrive after the end: they must not undo it.
    let settled = false;
    const onProgress = (progress: ImportProgress) => {
      if (!settled) setState({ step: 'writing', progress, importId: ready.importId });
    };
    try {
      const list = await Promise.race([
        storage().lists.commitImport(ready.importId, Comlink.proxy(onProgress)),
        storageFailure().catch(() => Promise.reject(new Error(t('importWorkerFailed')))),
      ]);
      settled = true;
      setState({ step: 'done', count: list.count, name: list.name });
      performance.measure('csp-import-commit', 'csp-import-commit-start');
      onDone(list.id);
    } catch (error) {
      settled = true;
      setState(cancelling.current ? { step: 'cancelled' } : { step: 'failed', message: errorText(error) });
    }
  }

  const cancelWriting = (importId: string) => {
    cancelling.current = true;
    void storage().lists.cancelImport(importId);
  };
  const dropPreview = (importId: string) => {
    void storage().lists.cancelImport(importId);
    setState({ step: 'idle' });
  };
  return { state, pick, remap, commit, cancelWriting, dropPreview };
}
