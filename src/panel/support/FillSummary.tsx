/** The fill at a glance, first in the support tool: "Filled 8 fields · 1 left: Severity", with a way to each field left. */
import { fillSummary, type FillReport } from '../../core/support-request/fill-report';
import { t, tn } from '../i18n';

export function FillSummary({ reports, onGoToField }: { reports: FillReport[]; onGoToField: (label: string) => void }) {
  if (reports.length === 0) return null;
  const { filled, left } = fillSummary(reports);
  return (
    <div class={left.length > 0 ? 'notice notice--warning' : 'notice'} role="status" data-testid="fill-summary">
      <p>
        {tn('fillSummaryFilled', filled)}
        {left.length > 0 ? ` · ${tn('fillSummaryLeft', left.length, [left.join(', ')])}` : ''}
      </p>
      {left.length > 0 ? (
        <div class="button-row">
          {left.map((label) => (
            <button key={label} type="button" class="primary" onClick={() => onGoToField(label)}>
              {t('goToField', label)}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
