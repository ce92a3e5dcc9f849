/**
 * The one message protocol between the extension's contexts. Every message is a member of one
 * union, checked at runtime on arrival (shape and sender), and routed to a handler in a map.
 * Directions are explicit: each type names who may send it and which context answers it.
 */
import * as v from 'valibot';
import { OFFER_TYPES, type AudiencePage } from '../core/audience';
import { MISSING_PARTS, type AudienceRead, type PageKind } from '../core/portal-page';
import type { FillReport } from '../core/support-request/fill-report';
import type { ApplyOrder, ApplyOutcome, ApplyProgress } from '../core/apply/apply-plan';
import { PageTargetSchema, PartnerRefSchema, PartnerSchema } from '../core/schemas';
import type { TargetMismatch } from '../core/page-target';
import type { CaptureSummary } from '../portal/capture/capture-page';
import type { FormDropdowns } from '../portal/support-form/named-fields';
import type { SameShape } from '../core/same-shape';

/** Where a message comes from, as told by the browser (never by the message itself). */
export type Origin = 'extension' | 'portal-tab';
/** The context whose router answers a message type. */
export type Context = 'background' | 'content' | 'panel' | 'page-actions';

const AudienceOptionSchema = v.picklist([1, 2, 3]);
const LocaleSchema = v.picklist(['en', 'ko']);

const PagePartnerSchema = v.object({
  tenantIdText: v.string(),
  name: v.string(),
  country: v.optional(v.string()),
});

export const AudiencePageSchema = v.object({
  locale: LocaleSchema,
  offerId: v.string(),
  offerName: v.string(),
  offerType: v.picklist(OFFER_TYPES),
  published: v.boolean(),
  selectedOption: v.nullable(AudienceOptionSchema),
  partners: v.array(PagePartnerSchema),
  unsavedChanges: v.boolean(),
});

export const AudienceReadSchema = v.union([
  v.object({ ok: v.literal(true), page: AudiencePageSchema }),
  v.object({ ok: v.literal(false), missing: v.array(v.picklist(MISSING_PARTS)) }),
]);

const ApplyOrderSchema = v.object({ add: v.array(PartnerSchema), remove: v.array(PartnerRefSchema) });
const ApplyProgressSchema = v.object({
  phase: v.picklist(['removing', 'importing', 'selecting', 'checking']),
  done: v.number(),
  total: v.number(),
});

// The schemas are the core's shapes, both ways: a field added on one side only fails the type-check.
const checked: [
  SameShape<v.InferOutput<typeof AudiencePageSchema>, AudiencePage>,
  SameShape<v.InferOutput<typeof AudienceReadSchema>, AudienceRead>,
  SameShape<v.InferOutput<typeof ApplyOrderSchema>, ApplyOrder>,
  SameShape<v.InferOutput<typeof ApplyProgressSchema>, ApplyProgress>,
] = [true, true, true, true];
void checked;

export const MessageSchema = v.variant('type', [
  /** Launcher clicked on the portal page: open the side panel for that tab (needs the click's gesture). */
  v.object({ type: v.literal('open-panel') }),
  /** A portal frame needs its page driver (a fill, a capture): the background injects it into that frame. */
  v.object({ type: v.literal('load-driver') }),
  /** Panel asks the portal tab what page it shows. */
  v.object({ type: v.literal('ping') }),
  /** Panel asks the portal tab to read its audience page now. */
  v.object({ type: v.literal('read-audience') }),
  /** A portal frame's content script has started, or its page became a support form by a field's new name: the panel beside its tab asks again. */
  v.object({ type: v.literal('page-ready') }),
  /** The portal tab's audience page changed (or was first seen): every panel hears it, each keeps its own tab's. */
  v.object({ type: v.literal('audience-changed'), read: AudienceReadSchema, frame: v.string() }),
  /** Panel asks the support page to fill itself with the pending request. */
  v.object({ type: v.literal('fill-support') }),
  /** Panel asks the portal tab for a scrubbed copy of its page, for a bug report. */
  v.object({ type: v.literal('capture-page') }),
  /** Panel asks the portal tab for its support form's dropdowns by label: the publisher names the fields the vocabulary does not find. */
  v.object({ type: v.literal('list-dropdowns') }),
  /** Panel asks the page-actions driver (injected on demand) to put partners on, or take them off, the table it planned from. */
  v.object({ type: v.literal('apply-partners'), order: ApplyOrderSchema, target: PageTargetSchema }),
  /** Panel stops the apply under way: what was not yet handed to the portal is not. */
  v.object({ type: v.literal('cancel-apply') }),
  /** The apply driver's progress, for the panel beside its tab. */
  v.object({ type: v.literal('apply-progress'), progress: ApplyProgressSchema }),
  /** Panel asks the page-actions driver to select an audience option on the page (a finding's next step). */
  v.object({ type: v.literal('choose-option'), option: AudienceOptionSchema, target: PageTargetSchema }),
  /** Panel asks the page-actions driver on a support form to bring a field into view and focus it. */
  v.object({ type: v.literal('focus-field'), label: v.string() }),
]);

export type Message = v.InferOutput<typeof MessageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** What each message type answers with. */
export interface Replies {
  'open-panel': { opened: boolean };
  'load-driver': { loaded: boolean };
  /** `inFrame`: the page the tab shows is in a frame of it (the help pane's form), not its top document. */
  ping: { kind: PageKind; url: string; locale: 'en' | 'ko' | null; inFrame: boolean };
  /** The reading, and which content script (frame and document) made it: page actions are sent back there. */
  'read-audience': { read: AudienceRead; frame: string };
  'page-ready': null;
  'audience-changed': null;
  'fill-support': FillReport;
  'capture-page': { html: string; summary: CaptureSummary; kind: PageKind; read: AudienceRead | null };
  'list-dropdowns': FormDropdowns;
  'apply-partners': ApplyOutcome | { wrongPage: TargetMismatch };
  'cancel-apply': { cancelled: boolean };
  'apply-progress': null;
  'choose-option': { chosen: boolean } | { wrongPage: TargetMismatch };
  'focus-field': { focused: boolean };
}

// `satisfies`, not a type annotation: each route keeps its own `to`, so a context's handler map is checked for completeness.
export const ROUTES = {
  'open-panel': { from: ['portal-tab'], to: 'background' },
  'load-driver': { from: ['portal-tab'], to: 'background' },
  ping: { from: ['extension'], to: 'content' },
  'read-audience': { from: ['extension'], to: 'content' },
  'page-ready': { from: ['portal-tab'], to: 'panel' },
  'audience-changed': { from: ['portal-tab'], to: 'panel' },
  'fill-support': { from: ['extension'], to: 'content' },
  'capture-page': { from: ['extension'], to: 'content' },
  'list-dropdowns': { from: ['extension'], to: 'content' },
  'apply-partners': { from: ['extension'], to: 'page-actions' },
  'cancel-apply': { from: ['extension'], to: 'page-actions' },
  'choose-option': { from: ['extension'], to: 'page-actions' },
  'focus-field': { from: ['extension'], to: 'page-actions' },
  'apply-progress': { from: ['portal-tab'], to: 'panel' },
} as const satisfies { readonly [T in MessageType]: { readonly from: readonly Origin[]; readonly to: Context } };

/** Every reply travels wrapped, so a refusal is told apart from an answer. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };
