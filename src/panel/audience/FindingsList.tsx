/** The rules' findings, most serious first, announced to screen readers as they change. */
import type { Locale } from '../../core/audience';
import { formatFinding, type Finding, type FindingAction } from '../../core/rules';
import { t } from '../i18n';

export function FindingsList(props: { findings: Finding[]; locale: Locale; onAction: (action: FindingAction) => void }) {
  if (props.findings.length === 0) {
    return (
      <p class="notice" role="status" data-testid="no-findings">
        {t('noFindings')}
      </p>
    );
  }
  return (
    <ul class="findings" aria-live="polite" aria-label={t('findingsLabel')}>
      {props.findings.map((finding, index) => {
        const text = formatFinding(finding, props.locale);
        // Only these actions are the panel's to do; the others happen on the portal page.
        const actionable =
          finding.action === 'prepare-support-request' || finding.action === 'confirm-resale' || finding.action === 'choose-offer-type';
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a code may repeat (one finding per row); the list is rebuilt whole, never reordered.
          <li key={`${finding.code}-${index}`} class="finding" data-finding-code={finding.code} data-severity={finding.severity}>
            <span class="finding__severity">{t(`severity_${finding.severity}`)}</span>
            <p class="finding__title">{text.title}</p>
            <p class="finding__detail">{text.detail}</p>
            {text.actionLabel && actionable ? (
              <div class="button-row">
                <button
                  type="button"
                  class={finding.action === 'prepare-support-request' ? 'primary' : undefined}
                  onClick={() => finding.action && props.onAction(finding.action)}
                >
                  {text.actionLabel}
                </button>
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
