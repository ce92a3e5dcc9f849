/** The user's data: a backup file out and back in, deleting everything, and where the data lives. */
import { useState } from 'preact/hooks';
import { filedRequests } from '../../storage/filed-requests';
import { errorText } from '../error-text';
import { t } from '../i18n';
import { download } from '../lists/download';
import { storage } from '../worker-client';
import { DeleteAll } from './DeleteAll';
import { RestoreFlow } from './RestoreFlow';
import { StorageStatus } from './StorageStatus';

type Status = { kind: 'idle' } | { kind: 'ok'; text: string } | { kind: 'error'; text: string };

async function saveBackup(): Promise<string> {
  download(
    `csp-assistant-backup-${new Date().toISOString().slice(0, 10)}.json`,
    await storage().data.exportBackup(await filedRequests.get()),
    'application/json',
  );
  return t('backupSaved');
}

export function DataToolView() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

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
        <button type="button" data-testid="backup-export" onClick={() => run(saveBackup)}>
          {t('backupExport')}
        </button>
      </div>
      <RestoreFlow onError={(text) => setStatus(text === null ? { kind: 'idle' } : { kind: 'error', text })} />
      <div class="button-row">
        <DeleteAll run={run} />
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
