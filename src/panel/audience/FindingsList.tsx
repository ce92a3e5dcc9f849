/**
 * The rules' findings, one next step per problem (core/rules/arrange-findings): the serious ones in
 * view, each with what it makes moot folded into it, and notes under "Good to know". Announced to
 * screen readers as they change.
 */
import type { Locale } from '../../core/audience';
import { arrangeFindings, formatFinding, type Finding, type NextStep } from '../../core/rules';
import { t, tn } from '../i18n';
import { PartnerRefList } from '../components/PartnerRefList';

export type OnStep = (step: NextStep) => void;

function FindingItem(props: { finding: Finding; locale: Locale; onStep: OnStep; folded?: Finding[] }) {
  const { finding } = props;
  const text = formatFinding(finding, props.locale);
  const folded = props.folded ?? [];
  return (
    <li class="finding" data-finding-code={finding.code} data-severity={finding.severity}>
      <span class="finding__severity">{t(`severity_${finding.severity}`)}</span>
      <p class="finding__title">{text.title}</p>
      <p class="finding__detail">{text.detail}</p>
      {finding.params.partners && finding.params.partners.length > 0 ? (
        <PartnerRefList partners={finding.params.partners} testId="finding-partners" />
      ) : null}
      {text.steps.length > 0 ? (
        <div class="button-row">
          {text.steps.map(({ step, label, primary }) => (
            <button
              key={step.action}
              type="button"
              class={primary ? 'primary' : undefined}
              onClick={() => props.onStep(step)}
              data-action={step.action}
            >
              {label}
            </button>
          ))}
        </div>
      ) : null}
      {folded.length > 0 ? (
        <details class="finding__folded" data-testid="folded-findings">
          <summary>{tn('findingsFolded', folded.length)}</summary>
          <FindingItems findings={folded} locale={props.locale} onStep={props.onStep} />
        </details>
      ) : null}
    </li>
  );
}

function FindingItems(props: { findings: Finding[]; locale: Locale; onStep: OnStep }) {
  return (
    <ul class="findings">
      {props.findings.map((finding, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a code may repeat (one finding per row); the list is rebuilt whole, never reordered.
        <FindingItem key={`${finding.code}-${index}`} finding={finding} locale={props.locale} onStep={props.onStep} />
      ))}
    </ul>
  );
}

export function FindingsList(props: { findings: Finding[]; locale: Locale; onStep: OnStep }) {
  if (props.findings.length === 0) {
    return (
      <p class="notice" role="status" data-testid="no-findings">
        {t('noFindings')}
      </p>
    );
  }
  const { main, goodToKnow } = arrangeFindings(props.findings);
  return (
    <section aria-live="polite" aria-label={t('findingsLabel')}>
      {main.length > 0 ? (
        <ul class="findings">
          {main.map(({ finding, folded }, index) => (
            <FindingItem
              // biome-ignore lint/suspicious/noArrayIndexKey: a code may repeat (one finding per row); the list is rebuilt whole, never reordered.
              key={`${finding.code}-${index}`}
              finding={finding}
              folded={folded}
              locale={props.locale}
              onStep={props.onStep}
            />
          ))}
        </ul>
      ) : null}
      {goodToKnow.length > 0 ? (
        <details class="good-to-know" data-testid="good-to-know" open={main.length === 0}>
          <summary>{t('goodToKnow')}</summary>
          <FindingItems findings={goodToKnow} locale={props.locale} onStep={props.onStep} />
        </details>
      ) : null}
    </section>
  );
}
