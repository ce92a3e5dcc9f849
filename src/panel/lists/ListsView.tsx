/** The partner lists tool: saved lists, their partners, import, export, and a diff with the page. */
import { errorText } from '../error-text';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AudiencePage, Partner } from '../../core/audience';
import type { ListRecord } from '../../worker/database';
import type { PortalTab } from '../hooks/use-portal-tab';
import { useReturnFocus } from '../hooks/use-return-focus';
import { useStored } from '../hooks/use-stored';
import { lastList } from '../../storage/last-list';
import { t, tn, uiLocale } from '../i18n';
import { storage } from '../worker-client';
import { ImportPanel } from './ImportPanel';
import { PageDiff } from './PageDiff';
import { PartnerAdder } from './PartnerForm';
import { PartnerTable } from './PartnerTable';
import { ListMenu } from './ListMenu';
import { listActions, saveFromPage, type ListTool } from './list-actions';

type Undo = { token: string; name: string } | null;

function audienceOf(tab: PortalTab): AudiencePage | null {
  return tab.state === 'connected' && tab.audience?.ok ? tab.audience.page : null;
}

/** The list chosen: the last one chosen is shown again, and a list chosen here is remembered. */
function useChosenList(): [string | null, (id: string | null) => void] {
  const [selected, choose] = useState<string | null>(null);
  useEffect(() => void lastList.get().then((id) => id && choose((current) => current ?? id)), []);
  const setSelected = (id: string | null) => {
    choose(id);
    void lastList.set(id);
  };
  return [selected, setSelected];
}

export function ListsView({ tab }: { tab: PortalTab }) {
  const lists = useStored(() => storage().lists.listLists(), 'lists-changed', []);
  const [selected, setSelected] = useChosenList();
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

  const tool: ListTool = {
    run,
    select: setSelected,
    say: setDone,
    deleted: setUndo,
    // The page's language, else the panel's.
    locale: page?.locale ?? uiLocale(),
  };

  const version = current ? Date.parse(current.updatedAt) : 0;
  const createNamed = (name: string) => run(async () => setSelected((await storage().lists.createList(name)).id));

  return (
    <section data-testid="lists" aria-labelledby="lists-title">
      <h2 id="lists-title" class="visually-hidden">
        {t('toolLists')}
      </h2>
      <ListNotices
        undo={undo}
        error={error}
        done={done}
        onUndo={(token) =>
          run(async () => {
            const list = await storage().lists.undoDelete(token);
            setUndo(null);
            setSelected(list.id);
          })
        }
      />
      {lists.state === 'ready' && all.length === 0 ? (
        <p class="empty" data-testid="lists-empty">
          {t('listsEmpty')}
        </p>
      ) : null}
      <ListToolbar lists={lists.state === 'ready' ? all : null} current={current} onSelect={setSelected} tool={tool} />
      <div class="button-row lists-actions">
        <ImportPanel current={current ?? null} primary={all.length === 0} onDone={(id) => setSelected(id)} />
        <NewList defaultName={t('newListName', String(all.length + 1))} onCreate={createNamed} />
        {page && page.partners.length > 0 ? (
          <button type="button" onClick={() => run(async () => setSelected((await saveFromPage(page)).id))} data-testid="save-page-as-list">
            {t('saveTableAsList')}
          </button>
        ) : null}
      </div>
      {current ? (
        <>
          {/* The list itself first; then how it compares with the page beside the panel. */}
          <PartnerTable
            listId={current.id}
            version={version}
            onEdit={setEditing}
            onRemove={(p) => run(() => storage().lists.removePartners(current.id, [p.tenantId]))}
            adder={
              <PartnerAdder
                editing={editing}
                onDone={() => setEditing(null)}
                onSave={(partner) => storage().lists.upsertPartner(current.id, partner)}
              />
            }
          />
          {page && tab.state === 'connected' ? (
            <PageDiff listId={current.id} page={page} version={version} tabId={tab.tabId} frame={tab.frame ?? ''} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** The list shown, its ⋯ menu, and how many lists there are. */
function ListToolbar(props: {
  lists: ListRecord[] | null;
  current: ListRecord | undefined;
  onSelect: (id: string) => void;
  tool: ListTool;
}) {
  const { current } = props;
  const all = props.lists ?? [];
  return (
    <div class="button-row lists-toolbar">
      {all.length > 0 ? (
        <select
          aria-label={t('chooseList')}
          value={current?.id ?? ''}
          onChange={(e) => props.onSelect((e.currentTarget as HTMLSelectElement).value)}
          data-testid="list-select"
        >
          {all.map((l) => (
            <option key={l.id} value={l.id}>
              {t('listOption', [l.name, String(l.count)])}
            </option>
          ))}
        </select>
      ) : null}
      {current ? (
        <ListMenu list={current} others={all.filter((l) => l.id !== current.id)} actions={listActions(current, props.tool)} />
      ) : null}
      <span class="muted lists-toolbar__count" data-testid="storage-status">
        {props.lists ? tn('storageReady', all.length) : t('storageOpening')}
      </span>
    </div>
  );
}

function ListNotices(props: { undo: Undo; error: string | null; done: string | null; onUndo: (token: string) => void }) {
  const { undo, error, done } = props;
  return (
    <>
      {undo ? (
        <p class="notice" role="status" data-testid="undo">
          {t('listDeleted', undo.name)}{' '}
          <button type="button" onClick={() => props.onUndo(undo.token)}>
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
    </>
  );
}

/** "New list" asks for the name first (proposed, selected: typing replaces it). */
function NewList({ defaultName, onCreate }: { defaultName: string; onCreate: (name: string) => void }) {
  const [name, setName] = useState<string | null>(null);
  const open = name !== null;
  const input = useRef<HTMLInputElement>(null);
  const button = useReturnFocus(open);
  // Opened, the name is ready to be typed over.
  useLayoutEffect(() => {
    if (open) input.current?.select();
  }, [open]);
  if (name === null)
    return (
      <button type="button" ref={button} onClick={() => setName(defaultName)} data-testid="new-list">
        {t('newList')}
      </button>
    );
  return (
    <form
      class="new-list"
      data-testid="new-list-form"
      onSubmit={(e) => {
        e.preventDefault();
        onCreate(name.trim());
        setName(null);
      }}
      onKeyDown={(e) => e.key === 'Escape' && setName(null)}
    >
      <label for="new-list-name">{t('newListNameLabel')}</label>
      <input
        id="new-list-name"
        ref={input}
        type="text"
        value={name}
        onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
      />
      <button type="submit" class="primary" disabled={name.trim() === ''}>
        {t('newListCreate')}
      </button>
      <button type="button" onClick={() => setName(null)}>
        {t('cancel')}
      </button>
    </form>
  );
}
