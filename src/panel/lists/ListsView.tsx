/** The partner lists tool. */
import { useStored } from '../hooks/use-stored';
import { t } from '../i18n';
import { storage } from '../worker-client';

export function ListsView() {
  const lists = useStored(() => storage().lists.listLists(), 'lists-changed', []);
  return <p data-testid="storage-status">{lists.state !== 'ready' ? t('storageOpening') : t('storageReady', String(lists.value.length))}</p>;
}
