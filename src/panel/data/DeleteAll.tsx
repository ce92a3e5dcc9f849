/** Deleting everything, after a confirmation: the database and every key of extension storage. */
import { useState } from 'preact/hooks';
import { deleteAllStored } from '../../storage/retention';
import { t } from '../i18n';
import { storage } from '../worker-client';

export function DeleteAll(props: { run: (action: () => Promise<string>) => void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" data-testid="delete-all" onClick={() => setConfirming(true)}>
        {t('deleteAll')}
      </button>
    );
  }
  return (
    <div class="notice notice--error" role="alertdialog" aria-labelledby="confirm-delete">
      <p id="confirm-delete">{t('deleteAllConfirm')}</p>
      <div class="button-row">
        <button
          type="button"
          class="primary"
          data-testid="delete-all-confirm"
          onClick={() => {
            setConfirming(false);
            props.run(async () => {
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
  );
}
