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
  const [name, setName] = useState('');
  const [undo, setUndo] = useState<Undo>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Partner | null>(null);
  const all = lists.state === 'ready' ? lists.value : [];
  const current: ListRecord | undefined = all.find((l) => l.id === selected) ?? all[0];
  const page = audienceOf(tab);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the name field resets when the list or its stored name changes, not on each re-read.
  useEffect(() => {
    if (current) setName(current.name);
  }, [current?.id, current?.name]);

  const run = (action: () => Promise<unknown>) => {
    setError(null);
    void action().catch((e: unknown) => setError(errorText(e)));
  };

  async function remove(list: ListRecord) {
    const { undoToken } = await storage().lists.deleteList(list.id);
    setUndo({ token: undoToken, name: list.name });
    setSelected(null);
  }

  async function exportAs(format: 'csv' | 'partner-center' | 'ingestion-json') {
    if (!current) return;
    const text = await storage().lists.exportList(current.id, format);
    const base = safeFileName(current.name);
    if (format === 'ingestion-json') download(`${base}-reseller.json`, text, 'application/json');
    else download(`${base}${format === 'partner-center' ? '-partner-center' : ''}.csv`, text, 'text/csv;charset=utf-8');
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
      <ImportPanel current={current ?? null} onDone={(id) => setSelected(id)} />
      {current ? (
        <>
          <form
            class="button-row"
            onSubmit={(e) => {
              e.preventDefault();
              run(() => storage().lists.renameList(current.id, name));
            }}
          >
            <label class="visually-hidden" for="list-name">
              {t('listName')}
            </label>
            <input id="list-name" type="text" value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
            <button type="submit" disabled={name.trim() === current.name}>
              {t('rename')}
            </button>
            <button
              type="button"
              onClick={() => run(async () => setSelected((await storage().lists.duplicateList(current.id, t('copyOf', current.name))).id))}
            >
              {t('duplicate')}
            </button>
            {all.length > 1 ? (
              <button
                type="button"
                onClick={() =>
                  run(async () =>
                    setSelected(
                      (
                        await storage().lists.mergeLists(
                          all.map((l) => l.id),
                          t('mergedName'),
                        )
                      ).id,
                    ),
                  )
                }
              >
                {t('mergeAll')}
              </button>
            ) : null}
            <button type="button" onClick={() => run(() => remove(current))} data-testid="delete-list">
              {t('delete')}
            </button>
          </form>
          <div class="button-row">
            <button type="button" onClick={() => run(() => exportAs('csv'))} data-testid="export-csv">
              {t('exportCsv')}
            </button>
            <button type="button" onClick={() => run(() => exportAs('partner-center'))}>
              {t('exportPartnerCenter')}
            </button>
            <button type="button" onClick={() => run(() => exportAs('ingestion-json'))} title={t('exportJsonNote')}>
              {t('exportJson')}
            </button>
          </div>
          {page && tab.state === 'connected' ? <PageDiff listId={current.id} page={page} version={version} tabId={tab.tabId} /> : null}
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
