/** The side panel: which portal page it sits beside, and the three tools. */
import { useEffect, useState } from 'preact/hooks';
import { sendToTab } from '../messaging/send';
import type { Replies } from '../messaging/protocol';
import { t } from './i18n';
import { resolveTargetTab } from './target-tab';
import { storage } from './worker-client';

type Connection =
  | { state: 'connecting' }
  | { state: 'connected'; tabId: number; page: Replies['ping'] }
  | { state: 'no-portal'; reason: string };

export function App({ search }: { search: string }) {
  const [connection, setConnection] = useState<Connection>({ state: 'connecting' });
  const [lists, setLists] = useState<number | null>(null);

  useEffect(() => {
    void (async () => {
      const tabId = await resolveTargetTab(search);
      if (tabId === null) return setConnection({ state: 'no-portal', reason: t('noTab') });
      try {
        setConnection({ state: 'connected', tabId, page: await sendToTab(tabId, { type: 'ping' }) });
      } catch {
        setConnection({ state: 'no-portal', reason: t('notPortal') });
      }
    })();
    void storage()
      .status()
      .then((s) => setLists(s.lists));
  }, [search]);

  return (
    <main class="panel">
      <header class="panel__header">
        <h1>{t('extName')}</h1>
        <p class="panel__status" data-testid="connection" data-state={connection.state}>
          {connection.state === 'connected'
            ? t(`pageKind_${connection.page.kind.replace('-', '_')}`)
            : connection.state === 'connecting'
              ? t('connecting')
              : connection.reason}
        </p>
      </header>
      <p data-testid="storage-status">{lists === null ? t('storageOpening') : t('storageReady', String(lists))}</p>
    </main>
  );
}
