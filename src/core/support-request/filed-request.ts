/**
 * A support request the publisher submitted: kept on the offer's record, shown as pending until the
 * live page shows the change. The assistant never submits; it only recognises the confirmation.
 */
import type { SupportRequest } from './request';

/** Only what the record needs: no names (the offer's page shows its own, the partners' are in the form). */
export interface FiledRequest extends Pick<SupportRequest, 'offerId' | 'from' | 'to'> {
  /** The partners the request is about. */
  tenantIds: string[];
  filedAt: string;
  /** The case (ticket) number the confirmation showed. */
  caseNumber: string;
  /** When the publisher said Microsoft carried it out (marked the page live). */
  carriedOutAt?: string;
}

/**
 * A support case number in a confirmation text: a run of 10 to 20 digits (Microsoft's case numbers are
 * long digit strings), not part of a longer word, a date or a GUID.
 */
export function findCaseNumber(text: string): string | null {
  return /(?<![\w-])\d{10,20}(?![\w-])/.exec(text)?.[0] ?? null;
}
