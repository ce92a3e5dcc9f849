/**
 * Runtime checks of the core's shapes, for data that comes from outside the type system: extension
 * storage (maybe from an older version, or damaged), messages, backup files. Each is checked against
 * its core type both ways (SameShape), so a field added on one side only fails the type-check.
 */
import * as v from 'valibot';
import type { ApplyOrder, ApplyOutcome, ApplyProgress } from './apply/apply-plan';
import { APPLY_PARTS } from './apply/apply-plan';
import { OFFER_TYPES, type AudiencePage, type OfferFacts, type Partner, type PartnerRef } from './audience';
import { MISSING_PARTS, type AudienceRead, type CaptureSummary, type PageKind } from './portal-page';
import type { SameShape } from './same-shape';
import type { PageTarget, TargetMismatch } from './page-target';
import type { AudienceSnapshot } from './snapshots';
import type { FiledRequest } from './support-request/filed-request';
import type { FieldReport, FillReport } from './support-request/fill-report';
import { NAMED_FIELDS, type FormDropdowns, type NamedField, type RememberedLabels } from './support-request/named-fields';
import type { PendingRequest, SupportRequest } from './support-request/request';
import { CANONICAL_TENANT_ID } from './tenant-id';

export const LocaleSchema = v.picklist(['en', 'ko']);
const TenantIdSchema = v.pipe(v.string(), v.regex(CANONICAL_TENANT_ID));
export const AudienceOptionSchema = v.picklist([1, 2, 3]);
export const OptionSchema = v.nullable(AudienceOptionSchema);
const ResaleSchema = v.picklist(['yes', 'no', 'unknown']);

export const PartnerRefSchema = v.object({ tenantId: v.string(), name: v.string() });

export const PartnerSchema = v.object({
  tenantId: TenantIdSchema,
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
  locale: v.optional(LocaleSchema),
  createdAt: v.string(),
});

export const PageTargetSchema = v.object({
  frame: v.pipe(v.string(), v.maxLength(64)),
  offerId: v.string(),
  tenantIds: v.array(TenantIdSchema),
});

export const PendingRequestSchema = v.object({
  request: SupportRequestSchema,
  stage: v.picklist(['request', 'details', 'done']),
  autoFill: v.boolean(),
  choosing: v.optional(v.boolean()),
});

export const FiledRequestSchema = v.object({
  offerId: v.string(),
  from: OptionSchema,
  to: OptionSchema,
  tenantIds: v.array(TenantIdSchema),
  filedAt: v.string(),
  caseNumber: v.string(),
  carriedOutAt: v.optional(v.string()),
});

const FieldReportSchema = v.object({
  field: v.picklist(['productVersion', 'category', 'problem', 'next', 'title', 'description', 'prefilled']),
  status: v.picklist([
    'filled',
    'already-set',
    'kept-prefilled',
    'not-found',
    'option-missing',
    'needs-user',
    'waiting',
    'disabled',
    'failed',
  ]),
  label: v.optional(v.string()),
  value: v.optional(v.string()),
  candidates: v.optional(v.array(v.string())),
});

export const FillReportSchema = v.object({
  page: v.picklist(['request', 'details']),
  locale: LocaleSchema,
  fields: v.array(FieldReportSchema),
  userMustFill: v.array(v.string()),
});

const labelsOf = <S extends v.GenericSchema<string>>(label: S) => v.record(v.picklist(NAMED_FIELDS), label);

// An empty label would name every unlabelled control: never kept. A field or language this version does not know is damage.
export const RememberedLabelsSchema = v.record(v.picklist(['en', 'ko']), labelsOf(v.pipe(v.string(), v.trim(), v.nonEmpty())));

export const FormDropdownsSchema = v.object({ locale: LocaleSchema, found: labelsOf(v.string()), dropdowns: v.array(v.string()) });

export const PageKindSchema = v.picklist(['audience', 'support-request', 'support-details', 'other']);

const PagePartnerSchema = v.object({ tenantIdText: v.string(), name: v.string(), country: v.optional(v.string()) });

export const AudiencePageSchema = v.object({
  locale: LocaleSchema,
  offerId: v.string(),
  offerName: v.string(),
  offerType: v.picklist(OFFER_TYPES),
  published: v.boolean(),
  selectedOption: OptionSchema,
  partners: v.array(PagePartnerSchema),
  unsavedChanges: v.boolean(),
});

export const AudienceReadSchema = v.union([
  v.object({ ok: v.literal(true), page: AudiencePageSchema }),
  v.object({ ok: v.literal(false), missing: v.array(v.picklist(MISSING_PARTS)) }),
]);

export const CaptureSummarySchema = v.object({ kept: v.number(), replaced: v.number(), words: v.array(v.string()) });

export const ApplyOrderSchema = v.object({ add: v.array(PartnerSchema), remove: v.array(PartnerRefSchema) });

export const ApplyProgressSchema = v.object({
  phase: v.picklist(['removing', 'importing', 'selecting', 'checking']),
  done: v.number(),
  total: v.number(),
});

export const ApplyOutcomeSchema = v.object({
  added: v.array(PartnerRefSchema),
  removed: v.array(PartnerRefSchema),
  refused: v.array(PartnerRefSchema),
  routes: v.array(v.picklist(['import', 'dialog'])),
  missing: v.array(v.picklist(APPLY_PARTS)),
  cancelled: v.boolean(),
});

export const TargetMismatchSchema = v.picklist(['page-gone', 'other-offer', 'table-changed']);

const checked: [
  SameShape<keyof v.InferOutput<ReturnType<typeof labelsOf>>, NamedField>,
  SameShape<v.InferOutput<typeof PendingRequestSchema>, PendingRequest>,
  SameShape<v.InferOutput<typeof FiledRequestSchema>, FiledRequest>,
  SameShape<v.InferOutput<typeof FieldReportSchema>, FieldReport>,
  SameShape<v.InferOutput<typeof FillReportSchema>, FillReport>,
  SameShape<v.InferOutput<typeof RememberedLabelsSchema>, RememberedLabels>,
  SameShape<v.InferOutput<typeof FormDropdownsSchema>, FormDropdowns>,
  SameShape<v.InferOutput<typeof PageKindSchema>, PageKind>,
  SameShape<v.InferOutput<typeof AudiencePageSchema>, AudiencePage>,
  SameShape<v.InferOutput<typeof AudienceReadSchema>, AudienceRead>,
  SameShape<v.InferOutput<typeof CaptureSummarySchema>, CaptureSummary>,
  SameShape<v.InferOutput<typeof ApplyOrderSchema>, ApplyOrder>,
  SameShape<v.InferOutput<typeof ApplyProgressSchema>, ApplyProgress>,
  SameShape<v.InferOutput<typeof ApplyOutcomeSchema>, ApplyOutcome>,
  SameShape<v.InferOutput<typeof TargetMismatchSchema>, TargetMismatch>,
  SameShape<v.InferOutput<typeof PageTargetSchema>, PageTarget>,
  SameShape<v.InferOutput<typeof PartnerRefSchema>, PartnerRef>,
  SameShape<v.InferOutput<typeof PartnerSchema>, Partner>,
  SameShape<v.InferOutput<typeof OfferFactsSchema>, OfferFacts>,
  SameShape<v.InferOutput<typeof AudienceSnapshotSchema>, AudienceSnapshot>,
  SameShape<v.InferOutput<typeof SupportRequestSchema>, SupportRequest>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
void checked;
