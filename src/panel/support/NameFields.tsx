/**
 * "Which dropdown is which?": for each field the assistant's words do not find on the form, a choice
 * among the page's dropdowns by the labels the page shows them with (or none of them). The answer is
 * remembered for the form's language, and the fill goes on with it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../core/i18n/ui-messages';
import { sendToTab } from '../../messaging/send';
import { REPORTED_AS, type FormDropdowns, type NamedField, type NamedLabels } from '../../core/support-request/named-fields';
import { rememberFieldLabels } from '../../storage/field-labels';
import { errorText } from '../error-text';
import { t } from '../i18n';
import { fieldsToName, namingProblem } from './field-naming';

type Listing = { state: 'reading' } | { state: 'failed'; error: string } | { state: 'ready'; form: FormDropdowns };

/** The page's dropdowns, asked of the tab once per tab. */
function useListing(tabId: number): Listing {
  const [listing, setListing] = useState<Listing>({ state: 'reading' });
  useEffect(() => {
    let live = true;
    setListing({ state: 'reading' });
    sendToTab(tabId, { type: 'list-dropdowns' }).then(
      (form) => live && setListing({ state: 'ready', form }),
      (error: unknown) => live && setListing({ state: 'failed', error: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [tabId]);
  return listing;
}

/** Why nothing can be asked: no dropdown at all, none left besides the fields found, or every field found. */
function nothingToAsk(form: FormDropdowns): MessageKey | null {
  if (fieldsToName(form.found).length === 0) return 'namingAllKnown';
  if (form.dropdowns.length > 0) return null;
  return Object.keys(form.found).length === 0 ? 'namingNoDropdowns' : 'namingNoOthers';
}

export function NameFields({ tabId, intro, onNamed }: { tabId: number; intro: MessageKey; onNamed: () => void }) {
  const listing = useListing(tabId);
  const [answer, setAnswer] = useState<NamedLabels>({});
  const [problem, setProblem] = useState<string | null>(null);

  if (listing.state === 'reading') return <p role="status">{t('namingReading')}</p>;
  if (listing.state === 'failed') {
    return (
      <p class="notice notice--error" role="alert">
        {t('namingReadFailed', listing.error)}
      </p>
    );
  }
  const { form } = listing;
  const empty = nothingToAsk(form);
  if (empty) {
    return (
      <p class="notice notice--warning" data-testid="naming-empty">
        {t(empty)}
      </p>
    );
  }

  const choose = (key: NamedField, label: string) => {
    const { [key]: _old, ...rest } = answer;
    setAnswer(label === '' ? rest : { ...rest, [key]: label });
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const wrong = namingProblem(answer, form.found);
    setProblem(wrong && t(wrong));
    if (wrong) return;
    try {
      await rememberFieldLabels(form.locale, answer);
      onNamed();
    } catch (error) {
      setProblem(errorText(error));
    }
  };

  return (
    <form data-testid="name-fields" onSubmit={(e) => void submit(e)}>
      <p>{t(intro, t(`namingLanguage_${form.locale}`))}</p>
      {fieldsToName(form.found).map((key) => (
        <div class="live-option" key={key} data-field={key}>
          <label for={`name-${key}`}>{t(`field_${REPORTED_AS[key]}`)}</label>{' '}
          <select id={`name-${key}`} value={answer[key] ?? ''} onChange={(e) => choose(key, (e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('namingNone')}</option>
            {form.dropdowns.map((label) => (
              <option key={label} value={label}>
                {label}
              </option>
            ))}
          </select>
        </div>
      ))}
      {problem ? (
        <p class="notice notice--error" role="alert">
          {problem}
        </p>
      ) : null}
      <div class="button-row">
        <button type="submit" class="primary" data-testid="name-fields-save">
          {t('namingSave')}
        </button>
      </div>
    </form>
  );
}
