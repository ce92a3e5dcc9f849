/** The side panel: which portal page it sits beside, and the three tools in tabs. */
import { useEffect, useState } from 'preact/hooks';
import { ext } from '../platform/ext';
import { CapturePageButton } from './components/CapturePageButton';
import { Tabs } from './components/Tabs';
import { usePortalTab, type PortalTab } from './hooks/use-portal-tab';
import { keyPart } from '../core/i18n/ui-messages';
import { t } from './i18n';
import { onStorageFailure } from './worker-client';
import { AudienceView } from './audience/AudienceView';
import { LazyTool, loadOnce } from './lazy-tool';
import { isSupportPage } from '../core/portal-page';

const loadLists = () => import('./lists/ListsView').then((m) => m.ListsView);
const loadSupport = () => import('./support/SupportView').then((m) => m.SupportView);
const loadOffers = () => import('./offers/OffersView').then((m) => m.OffersView);
const loadData = () => import('./data/DataToolView').then((m) => m.DataToolView);

type ToolKey = 'audience' | 'lists' | 'support' | 'offers' | 'data';

function connectionText(tab: PortalTab): string {
  switch (tab.state) {
    case 'connecting':
      return t('connecting');
    case 'no-tab':
      return t('noTab');
    case 'waiting':
      return t('waitingForPage');
    case 'not-portal':
      return t('notPortal');
    case 'connected':
      return t(`pageKind_${keyPart(tab.page.kind)}`);
  }
}

export function App({ search }: { search: string }) {
  const tab = usePortalTab(search);
  const [tool, setTool] = useState<ToolKey>('audience');
  // Beside a support form, the panel opens on the support tool (once: the publisher may switch away).
  const supportPage = tab.state === 'connected' && isSupportPage(tab.page.kind);
  useEffect(() => {
    if (supportPage) setTool('support');
  }, [supportPage]);
  // Once the audience tool is painted, the other tools load while the publisher reads it.
  useEffect(() => {
    const preload = () => {
      for (const load of [loadLists, loadSupport, loadOffers, loadData] as const) void loadOnce<never>(load);
    };
    const idle = requestIdleCallback(preload, { timeout: 1000 });
    return () => cancelIdleCallback(idle);
  }, []);
  const [storageRestarted, setStorageRestarted] = useState(false);
  useEffect(() => onStorageFailure(() => setStorageRestarted(true)), []);

  return (
    <main class="panel">
      <header class="panel__header">
        <h1 class="panel__title">
          <img class="panel__logo" src="/icons/icon32.png" alt="" width={20} height={20} />
          {t('appName')}
          <span class="panel__version" data-testid="panel-version">
            {ext.runtime.getManifest().version}
          </span>
        </h1>
        <p class="panel__status" data-testid="connection" data-state={tab.state}>
          {connectionText(tab)}
        </p>
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
        {tool === 'lists' ? <LazyTool load={loadLists} props={{ tab }} /> : null}
        {tool === 'support' ? <LazyTool load={loadSupport} props={tab.state === 'connected' ? { tabId: tab.tabId } : {}} /> : null}
        {tool === 'offers' ? <LazyTool load={loadOffers} props={'tabId' in tab ? { tabId: tab.tabId } : {}} /> : null}
        {tool === 'data' ? <LazyTool load={loadData} props={{}} /> : null}
      </Tabs>
      {/* Last, not first: few publishers ever report a bug, and every tool's first Tab stop is its own. */}
      {tab.state === 'connected' ? (
        <footer class="panel__footer">
          <CapturePageButton tabId={tab.tabId} />
        </footer>
      ) : null}
    </main>
  );
}
