/** What an import says while it runs and when it ends: reading, the writing's progress, done, cancelled or failed. */
import { useRef } from 'preact/hooks';
import type { ImportProgress } from '../../worker/list-storage';
import { useTakeFocus } from '../hooks/use-take-focus';
import { formatNumber, t, tn } from '../i18n';
import type { ImportStep } from './use-import-flow';

export function ImportNotices({ state }: { state: ImportStep }) {
  if (state.step === 'reading') return <p role="status">{t('importReading')}</p>;
  if (state.step === 'failed')
    return (
      <p class="notice notice--error" role="alert" data-testid="import-error">
        {state.message}
      </p>
    );
  if (state.step === 'done') return <ImportDone count={state.count} name={state.name} />;
  if (state.step === 'cancelled')
    return (
      <p class="notice" role="status" data-testid="import-cancelled">
        {t('importCancelled')}
      </p>
    );
  return null;
}

/** The Import button went with the preview: the result takes its focus. */
function ImportDone({ count, name }: { count: number; name: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useTakeFocus(ref, name);
  return (
    <p ref={ref} tabIndex={-1} class="notice" role="status" data-testid="import-done">
      {tn('importDone', count, [name])}
    </p>
  );
}

export function ImportWriting({ progress, onCancel }: { progress: ImportProgress | null; onCancel: () => void }) {
  return (
    <div class="import-progress" role="status">
      <progress class="progress" max={progress?.total ?? 1} value={progress?.written ?? 0} aria-label={t('importWriting')} />
      <span data-testid="import-count">
        {progress ? `${formatNumber(progress.written)} / ${formatNumber(progress.total)}` : t('importWriting')}
      </span>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}
