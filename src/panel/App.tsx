/** The side panel: which portal page it sits beside, and the three tools in tabs. */
import { useEffect, useState } from 'preact/hooks';
import { ext } from '../platform/ext';
import { CapturePageButton } from './components/CapturePageButton';
import { Tabs } from './components/Tabs';
import { usePortalTab, type PortalTab } from './hooks/use-portal-tab';
import { useOfferMemory } from './hooks/use-offer-memory';
import { keyPart } from '../core/i18n/ui-messages';
import { t } from './i18n';
import { onStorageFailure } from './worker-client';
import { AudienceView } from './audience/AudienceView';
import { ListsView } from './lists/ListsView';
import { SupportView } from './support/SupportView';
import { DataToolView } from './data/DataToolView';
import { OffersView } from './offers/OffersView';
import { isSupportPage } from '../core/portal-page';

type ToolKey = 'audience' | 'lists' | 'support' | 'offers' | 'data';

function connectionText(tab: PortalTab): string {
  switch (tab.state) {
    case 'connecting':
      return t('connecting');
    case 'no-tab':
      return t('noTab');
    case 'not-portal':
      return t('notPortal');
    case 'connected':
      return t(`pageKind_${keyPart(tab.page.kind)}`);
  }
}

export function App({ search }: { search: string }) {
  const tab = usePortalTab(search);
  useOfferMemory(tab);
  const [tool, setTool] = useState<ToolKey>('audience');
  // Beside a support form, the panel opens on the support tool (once: the publisher may switch away).
  const supportPage = tab.state === 'connected' && isSupportPage(tab.page.kind);
  useEffect(() => {
    if (supportPage) setTool('support');
  }, [supportPage]);
  const [storageRestarted, setStorageRestarted] = useState(false);
  useEffect(() => onStorageFailure(() => setStorageRestarted(true)), []);

  return (
    <main class="panel">
      <header class="panel__header">
        <h1 class="panel__title">
          <img src="/icons/icon32.png" alt="" width={20} height={20} />
          {t('appName')}
          <span class="panel__version" data-testid="panel-version">
            {ext.runtime.getManifest().version}
          </span>
        </h1>
        <p class="panel__status" data-testid="connection" data-state={tab.state}>
          {connectionText(tab)}
        </p>
        {tab.state === 'connected' && tab.page.kind !== 'other' ? <CapturePageButton tabId={tab.tabId} /> : null}
      </header>
      {storageRestarted ? (
        <p class="notice notice--warning" role="alert" data-testid="storage-restarted">
          {t('storageRestarted')}
        </p>
      ) : null}
      <Tabs
        label={t('toolsLabel')}
        selected={tool}
        onSelect={setTool}
        tabs={[
          { key: 'audience', label: t('toolAudience') },
          { key: 'lists', label: t('toolLists') },
          { key: 'support', label: t('toolSupport') },
          { key: 'offers', label: t('toolOffers') },
          { key: 'data', label: t('toolData') },
        ]}
      >
        {tool === 'audience' ? <AudienceView tab={tab} onPrepared={() => setTool('support')} /> : null}
        {tool === 'lists' ? <ListsView tab={tab} /> : null}
        {tool === 'support' ? <SupportView {...(tab.state === 'connected' ? { tabId: tab.tabId } : {})} /> : null}
        {tool === 'offers' ? (
          <OffersView {...(tab.state === 'connected' || tab.state === 'not-portal' ? { tabId: tab.tabId } : {})} />
        ) : null}
        {tool === 'data' ? <DataToolView /> : null}
      </Tabs>
    </main>
  );
}
