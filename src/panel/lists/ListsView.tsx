/** The partner lists tool. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { storage } from '../worker-client';

export function ListsView() {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    void storage()
      .status()
      .then((s) => setCount(s.lists));
  }, []);
  return <p data-testid="storage-status">{count === null ? t('storageOpening') : t('storageReady', String(count))}</p>;
}
