/**
 * Restoring a backup: the file read and compared first, merge or replace chosen, confirmed, then done
 * in one transaction that keeps the data as it was, for Undo (issue #26: a restore deleted two lists
 * with no warning). Filed requests live in extension storage: they go to the worker and come back.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RestoreMode, RestorePreview as Preview } from '../../core/backup-plan';
import { BACKUP_LIMITS } from '../../core/backup-limits';
import { AssistantError } from '../../core/errors';
import { filedRequests } from '../../storage/filed-requests';
import { FilePicker } from '../components/FilePicker';
import { errorText } from '../error-text';
import { t } from '../i18n';
import { storage } from '../worker-client';
import { RestoreConfirm } from './RestoreConfirm';
import { RestoreDone } from './RestoreDone';
import { RestorePreview } from './RestorePreview';
import { tallyText } from './tally-text';

type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  /** `token`: the backup as the worker read it, restored from there. */
  | { kind: 'preview'; token: string; preview: Preview; mode: RestoreMode; confirming: boolean }
  | { kind: 'done'; text: string; undoable: boolean };

async function readFile(file: File): Promise<{ token: string; preview: Preview }> {
  // Refused before it is read: a file of gigabytes would stall the worker first.
  if (file.size > BACKUP_LIMITS.bytes)
    throw new AssistantError('backup-too-large', 'file too large', [String(BACKUP_LIMITS.bytes / 1024 / 1024)]);
  // Read in the worker, once: the restore then uses what it read.
  return storage().data.previewBackup(file, await filedRequests.get());
}

/** `onError` words what went wrong (nothing changed) in the Data tool's status line, or clears it (null). */
/**
 * A restore done, remembered while the panel is open: leaving the Data tool to look at the lists
 * unmounts it, and coming back must still offer Undo.
 */
let lastDone: Step = { kind: 'idle' };

export function RestoreFlow(props: { onError: (text: string | null) => void }) {
  const [step, setShown] = useState<Step>(lastDone);
  // Back out of the preview (Cancel, Escape), the keyboard is on the file button again rather than at
  // the page's start; a restore's outcome takes the focus itself.
  const picker = useRef<HTMLInputElement>(null);
  const backedOut = useRef(false);
  useLayoutEffect(() => {
    if (backedOut.current && step.kind === 'idle') picker.current?.focus();
    backedOut.current = false;
  });
  const setStep = (next: Step) => {
    lastDone = next.kind === 'done' ? next : { kind: 'idle' };
    setShown(next);
  };
  const run = (busy: string, action: () => Promise<Step>) => {
    props.onError(null);
    setStep({ kind: 'busy', text: busy });
    void action().then(setStep, (error: unknown) => {
      setStep({ kind: 'idle' });
      props.onError(errorText(error));
    });
  };
  const choose = (file: File) =>
    run(t('restoreReading'), async () => ({ kind: 'preview', ...(await readFile(file)), mode: 'merge', confirming: false }));
  const restore = (token: string, mode: RestoreMode) =>
    run(t('restoreApplying'), async () => {
      const restored = await storage().data.restoreBackup(token, mode, await filedRequests.get());
      await filedRequests.set(restored.requests);
      return { kind: 'done', text: t(mode === 'merge' ? 'restoreMerged' : 'restoreReplaced', tallyText(restored.now)), undoable: true };
    });
  const undo = () =>
    run(t('restoreApplying'), async () => {
      const restored = await storage().data.undoRestore();
      await filedRequests.set(restored.requests);
      return { kind: 'done', text: t('restoreUndone', tallyText(restored.now)), undoable: false };
    });

  if (step.kind === 'preview') {
    const back = () => {
      if (step.confirming) return setStep({ ...step, confirming: false });
      void storage().data.cancelRestore(step.token);
      backedOut.current = true;
      setStep({ kind: 'idle' });
    };
    return (
      <section aria-labelledby="restore-preview-title" onKeyDown={(e) => e.key === 'Escape' && back()}>
        <RestorePreview preview={step.preview} mode={step.mode} onMode={(mode) => setStep({ ...step, mode, confirming: false })} />
        {step.confirming ? (
          <RestoreConfirm preview={step.preview} mode={step.mode} onYes={() => restore(step.token, step.mode)} onCancel={back} />
        ) : (
          <div class="button-row">
            <button type="button" class="primary" data-testid="restore-continue" onClick={() => setStep({ ...step, confirming: true })}>
              {t('restoreContinue')}
            </button>
            <button type="button" onClick={back}>
              {t('cancel')}
            </button>
          </div>
        )}
      </section>
    );
  }
  return (
    <>
      <FilePicker
        label={t('backupRestore')}
        accept=".json,application/json"
        testId="backup-file"
        inputRef={picker}
        onFile={choose}
        disabled={step.kind === 'busy'}
      />
      {step.kind === 'busy' ? (
        <p class="notice" role="status" aria-busy="true" data-testid="restore-status">
          {step.text}
        </p>
      ) : null}
      {step.kind === 'done' ? <RestoreDone text={step.text} onUndo={step.undoable ? undo : null} /> : null}
    </>
  );
}
