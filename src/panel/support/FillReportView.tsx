/** The autofill's report: each field filled, kept, or not, and what the user must still do (the summary above it goes there). */
import type { FillReport } from '../../core/support-request/fill-report';
import { keyPart } from '../../core/i18n/ui-messages';
import { t } from '../i18n';

const GOOD = new Set(['filled', 'already-set', 'kept-prefilled']);

export function FillReportView({
  reports,
  onChooseCategory,
}: {
  reports: FillReport[];
  /** Fills on with the category picked here; without a request to fill, the candidates are only listed. */
  onChooseCategory?: (label: string) => void;
}) {
  if (reports.length === 0) return null;
  return (
    <section class="fill-report" aria-live="polite" data-testid="fill-report">
      <h3>{t('reportTitle')}</h3>
      {reports.map((report) => (
        <div key={report.page} data-report-page={report.page}>
          <h4>{t(report.page === 'request' ? 'reportPageRequest' : 'reportPageDetails')}</h4>
          <ul class="report">
            {report.fields.map((field, index) => (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: 'prefilled' repeats; a report is written once and never reordered.
                key={`${field.field}-${index}`}
                data-field={field.field}
                data-status={field.status}
                class={GOOD.has(field.status) ? 'ok' : 'bad'}
              >
                <span aria-hidden="true">{GOOD.has(field.status) ? '✓ ' : '⚠ '}</span>
                <strong>{field.label || t(`field_${field.field}`)}</strong>: {t(`status_${keyPart(field.status)}`)}
                {field.value ? <span class="muted"> — {field.value.split('\n')[0]}</span> : null}
                {field.status === 'needs-user' && field.candidates && onChooseCategory ? (
                  <div class="button-row">
                    {field.candidates.map((c) => (
                      <button key={c} type="button" onClick={() => onChooseCategory(c)}>
                        {c}
                      </button>
                    ))}
                  </div>
                ) : null}
                {(field.status === 'option-missing' || (field.status === 'needs-user' && !onChooseCategory)) && field.candidates ? (
                  <div class="muted">{t('optionsOffered', field.candidates.join(', '))}</div>
                ) : null}
              </li>
            ))}
          </ul>
          {report.userMustFill.length > 0 ? (
            <div class="notice notice--warning" data-testid="user-must-fill">
              <p>{t('userMustFill', report.userMustFill.join(', '))}</p>
            </div>
          ) : null}
        </div>
      ))}
      <p class="muted">{t('neverSubmits')}</p>
    </section>
  );
}
