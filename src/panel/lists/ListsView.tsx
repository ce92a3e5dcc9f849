/** The partner lists tool: saved lists, their partners, import, export, and a diff with the page. */
import { errorText } from '../error-text';
import { useEffect, useState } from 'preact/hooks';
import type { AudiencePage, Partner } from '../../core/audience';
import { checkPagePartners } from '../../core/rules/page-partners';
import type { ListRecord } from '../../worker/database';
import type { PortalTab } from '../hooks/use-portal-tab';
import { useStored } from '../hooks/use-stored';
import { lastList } from '../../storage/last-list';
import { t, tn } from '../i18n';
import { storage } from '../worker-client';
import { download, safeFileName } from './download';
import { ImportPanel } from './ImportPanel';
import { PageDiff } from './PageDiff';
import { PartnerForm } from './PartnerForm';
import { PartnerTable } from './PartnerTable';
import { ListMenu, type ExportFormat, type ListActions } from './ListMenu';

type Undo = { token: string; name: string } | null;

function audienceOf(tab: PortalTab): AudiencePage | null {
  return tab.state === 'connected' && tab.audience?.ok ? tab.audience.page : null;
}

export function ListsView({ tab }: { tab: PortalTab }) {
  const lists = useStored(() => storage().lists.listLists(), 'lists-changed', []);
  const [selected, choose] = useState<string | null>(null);
  // The last list chosen is shown again; a list chosen here is remembered.
  useEffect(() => void lastList.get().then((id) => id && choose((current) => current ?? id)), []);
  const setSelected = (id: string | null) => {
    choose(id);
    void lastList.set(id);
  };
  const [undo, setUndo] = useState<Undo>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Partner | null>(null);
  const all = lists.state === 'ready' ? lists.value : [];
  const current: ListRecord | undefined = all.find((l) => l.id === selected) ?? all[0];
  const page = audienceOf(tab);

  const run = (action: () => Promise<unknown>) => {
    setError(null);
    setDone(null);
    void action().catch((e: unknown) => setError(errorText(e)));
  };

  async function remove(list: ListRecord) {
    const { undoToken } = await storage().lists.deleteList(list.id);
    setUndo({ token: undoToken, name: list.name });
    setSelected(null);
  }

  async function exportAs(list: ListRecord, format: ExportFormat) {
    const text = await storage().lists.exportList(list.id, format);
    const base = safeFileName(list.name);
    const fileName =
      format === 'ingestion-json' ? `${base}-reseller.json` : `${base}${format === 'partner-center' ? '-partner-center' : ''}.csv`;
    download(fileName, text, format === 'ingestion-json' ? 'application/json' : 'text/csv;charset=utf-8');
    setDone(t('exported', fileName));
  }

  function actionsFor(list: ListRecord): ListActions {
    return {
      rename: (name) => run(() => storage().lists.renameList(list.id, name)),
      duplicate: () => run(async () => setSelected((await storage().lists.duplicateList(list.id, t('copyOf', list.name))).id)),
      mergeInto: (targetId) =>
        run(async () => {
          const target = await storage().lists.mergeListInto(list.id, targetId);
          setSelected(target.id);
          setDone(t('mergedInto', [list.name, target.name]));
        }),
      exportAs: (format) => run(() => exportAs(list, format)),
      remove: () => run(() => remove(list)),
    };
  }

  async function saveFromPage(source: AudiencePage) {
    const partners = checkPagePartners(source.partners).partners;
    const list = await storage().lists.createList(t('listFromPage', source.offerName), partners);
    setSelected(list.id);
  }

  const version = current ? Date.parse(current.updatedAt) : 0;

  return (
    <section data-testid="lists" aria-labelledby="lists-title">
      <h2 id="lists-title" class="visually-hidden">
        {t('toolLists')}
      </h2>
      {undo ? (
        <p class="notice" role="status" data-testid="undo">
          {t('listDeleted', undo.name)}{' '}
          <button
            type="button"
            onClick={() =>
              run(async () => {
                const list = await storage().lists.undoDelete(undo.token);
                setUndo(null);
                setSelected(list.id);
              })
            }
          >
            {t('undo')}
          </button>
        </p>
      ) : null}
      {error ? (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {done ? (
        <p class="notice" role="status" data-testid="list-done">
          {done}
        </p>
      ) : null}
      {lists.state === 'ready' && all.length === 0 ? (
        <p class="empty" data-testid="lists-empty">
          {t('listsEmpty')}
        </p>
      ) : null}
      <p class="muted" data-testid="storage-status">
        {lists.state === 'ready' ? tn('storageReady', all.length) : t('storageOpening')}
      </p>
      <div class="button-row">
        {all.length > 0 ? (
          <select
            aria-label={t('chooseList')}
            value={current?.id ?? ''}
            onChange={(e) => setSelected((e.currentTarget as HTMLSelectElement).value)}
            data-testid="list-select"
          >
            {all.map((l) => (
              <option key={l.id} value={l.id}>
                {t('listOption', [l.name, String(l.count)])}
              </option>
            ))}
          </select>
        ) : null}
        {current ? <ListMenu list={current} others={all.filter((l) => l.id !== current.id)} actions={actionsFor(current)} /> : null}
      </div>
      <ImportPanel current={current ?? null} primary={all.length === 0} onDone={(id) => setSelected(id)} />
      <div class="button-row">
        <button
          type="button"
          onClick={() => run(async () => setSelected((await storage().lists.createList(t('newListName', String(all.length + 1)))).id))}
        >
          {t('newList')}
        </button>
        {page && page.partners.length > 0 ? (
          <button type="button" onClick={() => run(() => saveFromPage(page))} data-testid="save-page-as-list">
            {t('saveTableAsList')}
          </button>
        ) : null}
      </div>
      {current ? (
        <>
          {page && tab.state === 'connected' ? (
            <PageDiff listId={current.id} page={page} version={version} tabId={tab.tabId} frame={tab.frame ?? ''} />
          ) : null}
          <PartnerForm
            key={editing?.tenantId ?? 'new'}
            editing={editing}
            onSave={async (partner) => {
              await storage().lists.upsertPartner(current.id, partner);
              setEditing(null);
            }}
          />
          <PartnerTable
            listId={current.id}
            version={version}
            onEdit={setEditing}
            onRemove={(p) => run(() => storage().lists.removePartners(current.id, [p.tenantId]))}
          />
        </>
      ) : null}
    </section>
  );
}
