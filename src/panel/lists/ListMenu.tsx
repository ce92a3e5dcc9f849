/**
 * A list's actions behind one "⋯" button (a disclosure: Enter or Space opens it, Tab walks it, Escape
 * closes it): rename, duplicate, merge into another list, the three exports, and delete (undone from
 * the notice that follows). The destructive one is last and set apart.
 */
import { useRef, useState } from 'preact/hooks';
import type { ListRecord } from '../../worker/database';
import { t } from '../i18n';

export type ExportFormat = 'csv' | 'partner-center' | 'ingestion-json';

export interface ListActions {
  rename: (name: string) => void;
  duplicate: () => void;
  mergeInto: (targetId: string) => void;
  exportAs: (format: ExportFormat) => void;
  remove: () => void;
}

type Step = 'menu' | 'rename' | 'merge';

export function ListMenu({ list, others, actions }: { list: ListRecord; others: ListRecord[]; actions: ListActions }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const [step, setStep] = useState<Step>('menu');
  const [name, setName] = useState(list.name);
  const [target, setTarget] = useState(others[0]?.id ?? '');
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
        setName(list.name);
        setTarget(others[0]?.id ?? '');
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
      <div class="menu__items">
        {step === 'rename' ? (
          <form
            class="menu__form"
            onSubmit={(e) => {
              e.preventDefault();
              act(() => actions.rename(name))();
            }}
          >
            <label for="list-name">{t('listName')}</label>
            <input id="list-name" type="text" value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
            <button type="submit" class="primary" disabled={name.trim() === list.name}>
              {t('rename')}
            </button>
          </form>
        ) : step === 'merge' ? (
          <form
            class="menu__form"
            onSubmit={(e) => {
              e.preventDefault();
              act(() => actions.mergeInto(target))();
            }}
          >
            <label for="merge-target">{t('mergeIntoLabel', list.name)}</label>
            <select id="merge-target" value={target} onChange={(e) => setTarget((e.currentTarget as HTMLSelectElement).value)}>
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
        ) : (
          <>
            <button type="button" onClick={() => setStep('rename')} data-testid="rename-list">
              {t('renameEllipsis')}
            </button>
            <button type="button" onClick={act(actions.duplicate)}>
              {t('duplicate')}
            </button>
            {others.length > 0 ? (
              <button type="button" onClick={() => setStep('merge')} data-testid="merge-list">
                {t('mergeIntoEllipsis')}
              </button>
            ) : null}
            <hr />
            <button type="button" onClick={act(() => actions.exportAs('csv'))} data-testid="export-csv">
              {t('exportCsv')}
            </button>
            <button type="button" onClick={act(() => actions.exportAs('partner-center'))}>
              {t('exportPartnerCenter')}
            </button>
            <button type="button" onClick={act(() => actions.exportAs('ingestion-json'))} title={t('exportJsonNote')}>
              {t('exportJson')}
            </button>
            <hr />
            <button type="button" class="danger" onClick={act(actions.remove)} data-testid="delete-list">
              {t('delete')}
            </button>
          </>
        )}
      </div>
    </details>
  );
}
