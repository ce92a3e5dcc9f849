/** What the support tool does to the form, and the error the last action met. */
import { useState } from 'preact/hooks';
import { requestWithoutOffer, type SupportRequest } from '../../core/support-request/request';
import type { PendingRequest } from '../../core/support-request/request';
import { goToField } from '../apply/page-actions';
import { errorText } from '../error-text';
import { t } from '../i18n';
import { findSupportTab } from './find-support-tab';
import { startFill } from './start-fill';

export interface SupportActions {
  error: string | null;
  fill(next: PendingRequest): Promise<void>;
  /** The form is filled with the chosen request, on whichever page it is (the details page in place). */
  fillWith(chosen: SupportRequest): void;
  /**
   * Fields just named on the form: the fill goes on, with the request under way, else with what the
   * launcher would take. With several prepared, the publisher picks one in their list (one click).
   */
  fillOn(): void;
  /** The form's tab (the panel's own, or the one the short link opened), brought to the front at that field. */
  goTo(label: string): void;
}

/** `others`: the prepared requests besides the one under way. */
export function useSupportActions(
  tabId: number | undefined,
  pending: PendingRequest | null | undefined,
  others: SupportRequest[],
): SupportActions {
  const [error, setError] = useState<string | null>(null);

  async function fill(next: PendingRequest) {
    setError(null);
    await startFill(next, tabId).catch((e: unknown) => setError(errorText(e)));
  }
  const fillWith = (chosen: SupportRequest) => {
    const locale = pending?.request.locale;
    void fill({
      request: locale ? { ...chosen, locale } : chosen,
      stage: pending?.stage === 'details' ? 'details' : 'request',
      autoFill: true,
    });
  };
  const fillOn = () => {
    if (pending) void fill({ ...pending, stage: 'request', autoFill: true });
    else if (others.length === 1) fillWith(others[0]!);
    else if (others.length === 0) void fill({ request: requestWithoutOffer(new Date().toISOString()), stage: 'request', autoFill: true });
  };
  const goTo = (label: string) =>
    void findSupportTab(tabId)
      .then((formTab) => (formTab === null ? false : goToField(formTab, label)))
      .then((focused) => setError(focused ? null : t('goToFieldFailed', label)))
      .catch((e: unknown) => setError(errorText(e)));
  return { error, fill, fillWith, fillOn, goTo };
}
