/**
 * A list's actions behind one "⋯" button (a disclosure: Enter or Space opens it, Tab walks it, Escape
 * closes it): rename, duplicate, merge into another list, the three exports, and delete (undone from
 * the notice that follows). The destructive one is last and set apart. The open menu is moved
 * sideways as needed to stay inside the panel, however narrow.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ExportFormat } from '../../core/csv/export';
import type { ListRecord } from '../../worker/database';
import { t } from '../i18n';

export interface ListActions {
  rename: (name: string) => void;
  duplicate: () => void;
  mergeInto: (targetId: string) => void;
  exportAs: (format: ExportFormat) => void;
  remove: () => void;
}

type Step = 'menu' | 'rename' | 'merge';

/** The gap kept between a popover and the panel's edges. */
const EDGE = 8;

/** Shifts an open popover back inside the page, measured again each time `shown` (what it shows) changes. */
function useInsideWindow(box: { current: HTMLElement | null }, shown: string) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `shown` changes the popover's size, so it is measured again.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    element.style.translate = '';
    // The page's width without its scroll bar: the popover stays clear of both.
    const width = document.body.clientWidth;
    const { left, right } = element.getBoundingClientRect();
    const shift = right > width - EDGE ? width - EDGE - right : 0;
    element.style.translate = `${Math.max(shift, EDGE - left)}px 0`;
  }, [shown]);
}

export function ListMenu({ list, others, actions }: { list: ListRecord; others: ListRecord[]; actions: ListActions }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const items = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [step, setStep] = useState<Step>('menu');
  useInsideWindow(items, `${open}:${step}`);
  const close = () => {
    if (menu.current) menu.current.open = false;
    setStep('menu');
  };
  const act = (action: () => void) => () => {
    close();
    action();
  };

  return (
    <details
      class="menu"
      ref={menu}
      data-testid="list-menu"
      onToggle={() => {
        setOpen(menu.current?.open ?? false);
        if (!menu.current?.open) setStep('menu');
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && menu.current?.open) {
          close();
          menu.current.querySelector('summary')?.focus();
        }
      }}
    >
      <summary class="menu__button" aria-label={t('listActions', list.name)}>
        ⋯
      </summary>
      <div class="menu__items" ref={items} data-testid="list-menu-items">
        {step === 'rename' ? (
          <RenameForm list={list} onRename={(name) => act(() => actions.rename(name))()} />
        ) : step === 'merge' ? (
          <MergeForm list={list} others={others} onMerge={(target) => act(() => actions.mergeInto(target))()} />
        ) : (
          <MenuItems hasOthers={others.length > 0} actions={actions} act={act} onStep={setStep} />
        )}
      </div>
    </details>
  );
}

function MenuItems(props: {
  hasOthers: boolean;
  actions: ListActions;
  act: (action: () => void) => () => void;
  onStep: (step: Step) => void;
}) {
  const { actions, act } = props;
  return (
    <>
      <button type="button" onClick={() => props.onStep('rename')} data-testid="rename-list">
        {t('renameEllipsis')}
      </button>
      <button type="button" onClick={act(actions.duplicate)}>
        {t('duplicate')}
      </button>
      {props.hasOthers ? (
        <button type="button" onClick={() => props.onStep('merge')} data-testid="merge-list">
          {t('mergeIntoEllipsis')}
        </button>
      ) : null}
      <hr />
      <button type="button" onClick={act(() => actions.exportAs('csv'))} data-testid="export-csv">
        {t('exportCsv')}
      </button>
      <button type="button" onClick={act(() => actions.exportAs('partner-center'))} data-testid="export-partner-center">
        {t('exportPartnerCenter')}
      </button>
      <button type="button" onClick={act(() => actions.exportAs('ingestion-json'))} aria-describedby="export-json-note">
        {t('exportJson')}
      </button>
      <p class="menu__note muted" id="export-json-note" data-testid="export-json-note">
        {t('exportJsonNote')}
      </p>
      <hr />
      <button type="button" class="danger" onClick={act(actions.remove)} data-testid="delete-list">
        {t('delete')}
      </button>
    </>
  );
}

/** Focus into a form that replaces the menu's items: the button chosen is gone, and Escape must still reach the menu. */
function useFocusOnMount(field: { current: HTMLInputElement | HTMLSelectElement | null }) {
  useLayoutEffect(() => {
    field.current?.focus();
    if (field.current instanceof HTMLInputElement) field.current.select();
  }, [field]);
}

function RenameForm({ list, onRename }: { list: ListRecord; onRename: (name: string) => void }) {
  const [name, setName] = useState(list.name);
  const input = useRef<HTMLInputElement>(null);
  useFocusOnMount(input);
  return (
    <form
      class="menu__form"
      onSubmit={(e) => {
        e.preventDefault();
        onRename(name);
      }}
    >
      <label for="list-name">{t('listName')}</label>
      <input id="list-name" ref={input} type="text" value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
      <button type="submit" class="primary" disabled={name.trim() === list.name}>
        {t('rename')}
      </button>
    </form>
  );
}

function MergeForm({ list, others, onMerge }: { list: ListRecord; others: ListRecord[]; onMerge: (targetId: string) => void }) {
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const select = useRef<HTMLSelectElement>(null);
  useFocusOnMount(select);
  return (
    <form
      class="menu__form"
      onSubmit={(e) => {
        e.preventDefault();
        onMerge(target);
      }}
    >
      <label for="merge-target">{t('mergeIntoLabel', list.name)}</label>
      <select id="merge-target" ref={select} value={target} onChange={(e) => setTarget((e.currentTarget as HTMLSelectElement).value)}>
        {others.map((l) => (
          <option key={l.id} value={l.id}>
            {t('listOption', [l.name, String(l.count)])}
          </option>
        ))}
      </select>
      <button type="submit" class="primary" data-testid="merge-confirm">
        {t('merge')}
      </button>
    </form>
  );
}
