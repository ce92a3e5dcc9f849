/** The last word before a restore: what it adds, changes and removes, and that Undo can put it back. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { RestoreMode, RestorePreview } from '../../core/backup-plan';
import { t } from '../i18n';
import { isEmpty, tallyText } from './tally-text';

export function RestoreConfirm(props: { preview: RestorePreview; mode: RestoreMode; onYes: () => void; onCancel: () => void }) {
  const { preview, mode } = props;
  const cancel = useRef<HTMLButtonElement>(null);
  // The safe answer has the keyboard: Enter alone must not replace anyone's data.
  useLayoutEffect(() => cancel.current?.focus(), []);
  const lines = [
    ['restoreAdded', preview.added],
    ['restoreConflicted', preview.conflicts],
    ...(mode === 'replace' ? [['restoreRemoved', preview.onlyHere] as const] : []),
  ] as const;
  return (
    <div class="notice notice--warning" role="alertdialog" aria-labelledby="restore-confirm" data-testid="restore-confirm">
      <p id="restore-confirm">
        <strong>{t(mode === 'merge' ? 'restoreConfirmMerge' : 'restoreConfirmReplace')}</strong>
      </p>
      {lines
        .filter(([, tally]) => !isEmpty(tally))
        .map(([key, tally]) => (
          <p key={key}>{t(key, tallyText(tally))}</p>
        ))}
      <p>{t('restoreKeptForUndo')}</p>
      <div class="button-row">
        <button type="button" class="primary" data-testid="restore-yes" onClick={props.onYes}>
          {t(mode === 'merge' ? 'restoreYesMerge' : 'restoreYesReplace')}
        </button>
        <button type="button" ref={cancel} onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
