/** An apply under way and what it did: progress with cancel, then what the table shows afterwards and what is left to the publisher. */
import { leftToPublisher, type ApplyOutcome, type ApplyProgress } from '../../core/apply/apply-plan';
import { keyPart } from '../../core/i18n/ui-messages';
import { useRef } from 'preact/hooks';
import { PartnerRefList } from '../components/PartnerRefList';
import { useTakeFocus } from '../hooks/use-take-focus';
import { formatNumber, t, tn } from '../i18n';

export function Progress({ progress, onCancel }: { progress: ApplyProgress | null; onCancel: () => void }) {
  const label = t(`applyPhase_${progress?.phase ?? 'checking'}`);
  return (
    <div class="import-progress" role="status" data-testid="apply-progress">
      <progress class="progress" max={progress?.total || 1} value={progress?.done ?? 0} aria-label={label} />
      <span>
        {label}
        {progress ? ` · ${t('applyProgress', [formatNumber(progress.done), formatNumber(progress.total)])}` : ''}
      </span>
      <button type="button" onClick={onCancel} data-testid="apply-cancel">
        {t('cancel')}
      </button>
    </div>
  );
}

export function Outcome({ outcome }: { outcome: ApplyOutcome }) {
  const via = outcome.routes.map((route) => t(`applyVia_${route}`)).join(', ');
  // The Apply button is gone while the list goes on: the result takes its focus.
  const ref = useRef<HTMLDivElement>(null);
  useTakeFocus(ref, outcome);
  return (
    <div ref={ref} tabIndex={-1} data-testid="apply-outcome" role="status">
      {outcome.added.length > 0 ? <p class="notice">{tn('applyAdded', outcome.added.length, [via])}</p> : null}
      {outcome.removed.length > 0 ? <p class="notice">{tn('applyRemoved', outcome.removed.length)}</p> : null}
      {outcome.cancelled ? <p class="notice">{t('applyCancelled')}</p> : null}
      {outcome.missing.length > 0 ? (
        <div class="notice notice--error" role="alert" data-testid="apply-missing">
          <p>{t('applyMissing')}</p>
          <ul>
            {outcome.missing.map((part) => (
              <li key={part}>{t(`applyPart_${keyPart(part)}`)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {outcome.refused.length > 0 ? (
        <div class="notice notice--warning" data-testid="apply-refused">
          <p>{t('applyRefused')}</p>
          <PartnerRefList partners={outcome.refused} testId="apply-refused-list" />
        </div>
      ) : null}
    </div>
  );
}

/** The extension never saves, syncs or publishes: after a change, the publisher's steps on the page. */
export function StepsLeft({ published }: { published: boolean }) {
  return (
    <div class="notice notice--warning" data-testid="apply-left">
      <p>
        <strong>{t('applyLeftTitle')}</strong>
      </p>
      <ol>
        {leftToPublisher(published).map((step) => (
          <li key={step}>{t(`applyLeft_${keyPart(step)}`)}</li>
        ))}
      </ol>
    </div>
  );
}
