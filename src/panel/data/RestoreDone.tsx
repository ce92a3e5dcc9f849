/** A restore done: what the data holds now, Undo, and the data as it was, to keep as a file. */
import { useRef } from 'preact/hooks';
import { useTakeFocus } from '../hooks/use-take-focus';
import { t } from '../i18n';
import { download } from '../lists/download';
import { storage } from '../worker-client';

async function saveEarlier(): Promise<void> {
  const earlier = await storage().data.undoBackup();
  if (earlier) download(`csp-assistant-before-restore-${new Date().toISOString().slice(0, 10)}.json`, earlier, 'application/json');
}

export function RestoreDone(props: { text: string; onUndo: (() => void) | null }) {
  const notice = useRef<HTMLDivElement>(null);
  // The button that did it is gone, so the keyboard goes to what happened; not when the tool is opened again.
  useTakeFocus(notice, true);
  return (
    <div class="notice" role="status" tabIndex={-1} ref={notice} data-testid="restore-done">
      <p>{props.text}</p>
      {props.onUndo ? (
        <div class="button-row">
          <button type="button" data-testid="restore-undo" onClick={props.onUndo}>
            {t('undo')}
          </button>
          <button type="button" data-testid="restore-save-earlier" onClick={() => void saveEarlier()}>
            {t('restoreSaveEarlier')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
