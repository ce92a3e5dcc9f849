/** The user's data: a backup file out and back in, deleting everything, and where the data lives. */
import { errorText } from '../error-text';
import { useState } from 'preact/hooks';
import { deleteAllStored } from '../../storage/retention';
import { FilePicker } from '../components/FilePicker';
import { t } from '../i18n';
import { download } from '../lists/download';
import { storage } from '../worker-client';
import { BACKUP_LIMITS } from '../../core/backup-limits';
import { AssistantError } from '../../core/errors';
import { StorageStatus } from './StorageStatus';

type Status = { kind: 'idle' } | { kind: 'ok'; text: string } | { kind: 'error'; text: string };

export function DataToolView() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [confirming, setConfirming] = useState(false);

  const run = (action: () => Promise<string>) =>
    void action().then(
      (text) => setStatus({ kind: 'ok', text }),
      (error: unknown) => setStatus({ kind: 'error', text: errorText(error) }),
    );

  return (
    <section data-testid="data" aria-labelledby="data-title">
      <h2 id="data-title">{t('dataTitle')}</h2>
      <p>{t('privacyStatement')}</p>
      <StorageStatus />
      <div class="button-row">
        <button
          type="button"
          data-testid="backup-export"
          onClick={() =>
            run(async () => {
              download(
                `csp-assistant-backup-${new Date().toISOString().slice(0, 10)}.json`,
                await storage().data.exportBackup(),
                'application/json',
              );
              return t('backupSaved');
            })
          }
        >
          {t('backupExport')}
        </button>
        <FilePicker
          label={t('backupRestore')}
          accept=".json,application/json"
          testId="backup-file"
          onFile={(file) =>
            run(async () => {
              // Refused before it is read: a file of gigabytes would stall the panel first.
              if (file.size > BACKUP_LIMITS.bytes)
                throw new AssistantError('backup-too-large', 'file too large', [String(BACKUP_LIMITS.bytes / 1024 / 1024)]);
              const counts = await storage().data.restoreBackup(await file.text());
              return t('backupRestored', [String(counts.lists), String(counts.offers)]);
            })
          }
        />
      </div>
      <div class="button-row">
        {confirming ? (
          <div class="notice notice--error" role="alertdialog" aria-labelledby="confirm-delete">
            <p id="confirm-delete">{t('deleteAllConfirm')}</p>
            <div class="button-row">
              <button
                type="button"
                class="primary"
                data-testid="delete-all-confirm"
                onClick={() => {
                  setConfirming(false);
                  run(async () => {
                    await storage().data.deleteAll();
                    await deleteAllStored();
                    return t('deleteAllDone');
                  });
                }}
              >
                {t('deleteAllYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" data-testid="delete-all" onClick={() => setConfirming(true)}>
            {t('deleteAll')}
          </button>
        )}
      </div>
      {status.kind !== 'idle' ? (
        <p
          class={status.kind === 'error' ? 'notice notice--error' : 'notice'}
          role={status.kind === 'error' ? 'alert' : 'status'}
          data-testid="data-status"
        >
          {status.text}
        </p>
      ) : null}
    </section>
  );
}
