/** What a backup file holds against the data here, kind by kind, and the choice of merge or replace. */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { RestoreMode, RestorePreview as Preview } from '../../core/backup-plan';
import { formatDateTime, formatNumber, t } from '../i18n';
import { isEmpty, TALLY_KINDS } from './tally-text';

const COLUMNS = [
  ['file', 'restoreColumnFile'],
  ['here', 'restoreColumnHere'],
  ['added', 'restoreColumnNew'],
  ['conflicts', 'restoreColumnConflicts'],
  ['onlyHere', 'restoreColumnOnlyHere'],
] as const;

function PreviewTable({ preview }: { preview: Preview }) {
  return (
    <table class="grid" data-testid="restore-counts">
      <thead>
        <tr>
          <td />
          {COLUMNS.map(([column, label]) => (
            <th scope="col" key={column}>
              {t(label)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {TALLY_KINDS.map(({ kind, row }) => (
          <tr key={kind} data-kind={kind}>
            <th scope="row">{t(row)}</th>
            {COLUMNS.map(([column]) => (
              <td key={column} data-column={column}>
                {formatNumber(preview[column][kind])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RestorePreview(props: { preview: Preview; mode: RestoreMode; onMode: (mode: RestoreMode) => void }) {
  const { preview } = props;
  const title = useRef<HTMLHeadingElement>(null);
  // Where the keyboard was (the file button) is gone: the preview is what comes next.
  useLayoutEffect(() => title.current?.focus(), []);
  const unchanged = isEmpty(preview.added) && isEmpty(preview.conflicts);
  return (
    <div data-testid="restore-preview">
      <h3 id="restore-preview-title" tabIndex={-1} ref={title}>
        {t('restorePreviewTitle')}
      </h3>
      <p class="muted">{t('restoreSavedOn', formatDateTime(preview.exportedAt))}</p>
      <PreviewTable preview={preview} />
      <p class="muted">{t('restoreTableNote')}</p>
      {isEmpty(preview.file) ? <p class="notice notice--warning">{t('restoreFileEmpty')}</p> : null}
      {unchanged && props.mode === 'merge' && !isEmpty(preview.file) ? <p class="notice">{t('restoreNothingNew')}</p> : null}
      <fieldset data-testid="restore-mode">
        <legend>{t('restoreModeLegend')}</legend>
        {(['merge', 'replace'] as const).map((mode) => (
          <label key={mode} style={{ display: 'block' }}>
            <input type="radio" name="restore-mode" value={mode} checked={props.mode === mode} onChange={() => props.onMode(mode)} />{' '}
            {t(mode === 'merge' ? 'restoreModeMerge' : 'restoreModeReplace')}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
