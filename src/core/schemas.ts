/**
 * Runtime checks of the core's shapes, for data that comes from outside the type system: extension
 * storage (maybe from an older version, or damaged), messages, backup files. Each is checked against
 * its core type both ways (SameShape), so a field added on one side only fails the type-check.
 */
import * as v from 'valibot';
import { OFFER_TYPES, type OfferFacts, type Partner, type PartnerRef } from './audience';
import type { SameShape } from './same-shape';
import type { PageTarget } from './page-target';
import type { AudienceSnapshot } from './snapshots';
import type { SupportRequest } from './support-request/request';
import { CANONICAL_TENANT_ID } from './tenant-id';

export const OptionSchema = v.nullable(v.picklist([1, 2, 3]));
const ResaleSchema = v.picklist(['yes', 'no', 'unknown']);

export const PartnerRefSchema = v.object({ tenantId: v.string(), name: v.string() });

export const PartnerSchema = v.object({
  tenantId: v.pipe(v.string(), v.regex(CANONICAL_TENANT_ID)),
  name: v.string(),
  country: v.optional(v.string()),
  mpnId: v.optional(v.string()),
  competencies: v.optional(v.array(v.string())),
  skills: v.optional(v.array(v.string())),
  notes: v.optional(v.string()),
  resold: v.optional(ResaleSchema),
});

export const OfferFactsSchema = v.object({
  offerId: v.string(),
  liveOption: OptionSchema,
  liveSource: v.optional(v.picklist(['page', 'user'])),
  livePartners: v.array(PartnerRefSchema),
  unsyncedPartners: v.array(v.string()),
  resale: v.record(v.string(), ResaleSchema),
  offerType: v.optional(v.picklist(OFFER_TYPES)),
});

export const AudienceSnapshotSchema = v.object({
  at: v.string(),
  published: v.boolean(),
  selectedOption: OptionSchema,
  tenantIds: v.array(v.string()),
});

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

export const PageTargetSchema = v.object({
  frame: v.pipe(v.string(), v.maxLength(64)),
  offerId: v.string(),
  tenantIds: v.array(v.pipe(v.string(), v.regex(CANONICAL_TENANT_ID))),
});

const checked: [
  SameShape<v.InferOutput<typeof PageTargetSchema>, PageTarget>,
  SameShape<v.InferOutput<typeof PartnerRefSchema>, PartnerRef>,
  SameShape<v.InferOutput<typeof PartnerSchema>, Partner>,
  SameShape<v.InferOutput<typeof OfferFactsSchema>, OfferFacts>,
  SameShape<v.InferOutput<typeof AudienceSnapshotSchema>, AudienceSnapshot>,
  SameShape<v.InferOutput<typeof SupportRequestSchema>, SupportRequest>,
] = [true, true, true, true, true, true];
void checked;
