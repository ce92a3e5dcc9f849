/**
 * The runtime check of a stored support request: what extension storage holds may come from an
 * older version or be damaged, so it is parsed on every read. Typed against the core shape both ways.
 */
import * as v from 'valibot';
import { OFFER_TYPES } from '../audience';
import type { SupportRequest } from './request';

export const OptionSchema = v.nullable(v.picklist([1, 2, 3]));

export const PartnerRefSchema = v.object({ tenantId: v.string(), name: v.string() });

export const SupportRequestSchema = v.object({
  offerId: v.string(),
  offerName: v.string(),
  offerType: v.picklist(OFFER_TYPES),
  from: OptionSchema,
  to: OptionSchema,
  partners: v.array(PartnerRefSchema),
  noResaleConfirmed: v.boolean(),
  category: v.optional(v.string()),
  locale: v.optional(v.picklist(['en', 'ko'])),
  createdAt: v.string(),
});

// Both ways: a field added to the interface and not to the schema (valibot drops unknown keys) fails here.
type Parsed = v.InferOutput<typeof SupportRequestSchema>;
const sameShape: [Parsed, SupportRequest] extends [SupportRequest, Parsed] ? true : false = true;
void sameShape;
