/** What a support request would ask Microsoft for, read off the findings that call for one. */
import type { AudienceOption, PartnerRef } from '../audience';
import type { Finding } from './finding';

export interface RequestedChange {
  from: AudienceOption | null;
  to: AudienceOption | null;
  /** Partners to deauthorise (leaving option 2, or taken off its list). */
  partners: PartnerRef[];
  /** The publisher said none of these partners has resold the offer. */
  noResaleConfirmed: boolean;
}

export function requestedChange(findings: Finding[], live: AudienceOption | null, selected: AudienceOption | null): RequestedChange | null {
  const asking = findings.filter((f) => f.action === 'prepare-support-request');
  if (asking.length === 0) return null;
  const partners = asking.flatMap((f) => f.params.partners ?? []);
  return {
    from: live,
    to: selected,
    partners,
    // Every partner named here was marked "has not resold": the rules only ask for a request then.
    noResaleConfirmed: partners.length > 0,
  };
}
