/** What a capture's test checks: the facts the reader must get right, without the scrubbed names and IDs. */
import type { AudienceRead } from '../../src/core/portal-page';
import type { Replies } from '../../src/messaging/protocol';

export interface CaptureExpectation {
  kind: Replies['ping']['kind'];
  audience?:
    | {
        ok: true;
        locale: string;
        offerType: string;
        published: boolean;
        selectedOption: number | null;
        unsavedChanges: boolean;
        partners: number;
      }
    | { ok: false; missing: string[] };
}

export function expectationOf(kind: CaptureExpectation['kind'], read: AudienceRead | null): CaptureExpectation {
  if (!read) return { kind };
  if (!read.ok) return { kind, audience: { ok: false, missing: read.missing } };
  const p = read.page;
  return {
    kind,
    audience: {
      ok: true,
      locale: p.locale,
      offerType: p.offerType,
      published: p.published,
      selectedOption: p.selectedOption,
      unsavedChanges: p.unsavedChanges,
      partners: p.partners.length,
    },
  };
}
