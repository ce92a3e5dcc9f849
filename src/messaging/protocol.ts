/**
 * The one message protocol between the extension's contexts: one table entry a message, with the
 * shape of its request and of its reply (checked at runtime on arrival, both ways), who may send it,
 * which context answers it, and which of a tab's frames does (every frame hears a message sent to a
 * tab). The router, the senders and the types are derived from this table.
 */
import * as v from 'valibot';
import {
  ApplyOrderSchema,
  ApplyOutcomeSchema,
  ApplyProgressSchema,
  AudienceOptionSchema,
  AudienceReadSchema,
  CaptureSummarySchema,
  FillReportSchema,
  FormDropdownsSchema,
  LocaleSchema,
  PageKindSchema,
  PageTargetSchema,
  TargetMismatchSchema,
} from '../core/schemas';

/** Where a message comes from, as told by the browser (never by the message itself). */
export type Origin = 'extension' | 'portal-tab';
/** The context whose router answers a message type. */
export type Context = 'background' | 'content' | 'panel' | 'page-actions';
/**
 * Which frame of a tab answers: `any` (one context, one listener), the tab's top document, the frame
 * showing an audience page or a support form, the frame whose page the panel shows (a form, or any
 * page the assistant knows), the frame an order was planned in, or the one running an apply.
 */
export type Answerer = 'any' | 'top' | 'audience' | 'support-form' | 'shown-form' | 'shown-page' | 'order-target' | 'running-apply';

interface Entry {
  request: v.ObjectSchema<v.ObjectEntries, undefined>;
  reply: v.GenericSchema;
  from: readonly Origin[];
  to: Context;
  answeredBy: Answerer;
  /** Contexts that also take note of the message, without answering it. */
  observedBy?: readonly Context[];
}

const empty = v.object({});
const wrongPage = v.object({ wrongPage: TargetMismatchSchema });

export const MESSAGES = {
  /** Launcher clicked on the portal page: open the side panel for that tab (needs the click's gesture). */
  'open-panel': { request: empty, reply: v.object({ opened: v.boolean() }), from: ['portal-tab'], to: 'background', answeredBy: 'any' },
  /** A portal frame needs its page driver (a fill, a capture): the background injects it into that frame. */
  'load-driver': { request: empty, reply: v.object({ loaded: v.boolean() }), from: ['portal-tab'], to: 'background', answeredBy: 'any' },
  /** Panel asks the portal tab what page it shows; `inFrame`: in a frame of it (the help pane's form), not its top document. */
  ping: {
    request: empty,
    reply: v.object({ kind: PageKindSchema, url: v.string(), locale: v.nullable(LocaleSchema), inFrame: v.boolean() }),
    from: ['extension'],
    to: 'content',
    answeredBy: 'top',
  },
  /** Panel asks for the audience page read now, and which content script (frame and document) read it: page actions go back there. */
  'read-audience': {
    request: empty,
    reply: v.object({ read: AudienceReadSchema, frame: v.string() }),
    from: ['extension'],
    to: 'content',
    answeredBy: 'audience',
  },
  /** A portal frame's content script has started, or its page became a support form by a field's new name: the panel beside its tab asks again. */
  'page-ready': { request: empty, reply: v.null(), from: ['portal-tab'], to: 'panel', answeredBy: 'any' },
  /**
   * The portal tab's audience page changed (or was first seen): every panel hears it, each keeps its
   * own tab's; the background remembers the reading and sets the tab's toolbar badge, panel or not.
   */
  'audience-changed': {
    request: v.object({ read: AudienceReadSchema, frame: v.string() }),
    reply: v.null(),
    from: ['portal-tab'],
    to: 'panel',
    answeredBy: 'any',
    observedBy: ['background'],
  },
  /** Panel asks the support page to fill itself with the pending request. */
  'fill-support': { request: empty, reply: FillReportSchema, from: ['extension'], to: 'content', answeredBy: 'support-form' },
  /** Panel asks the portal tab for a scrubbed copy of its page, for a bug report. */
  'capture-page': {
    request: empty,
    reply: v.object({ html: v.string(), summary: CaptureSummarySchema, kind: PageKindSchema, read: v.nullable(AudienceReadSchema) }),
    from: ['extension'],
    to: 'content',
    answeredBy: 'shown-page',
  },
  /** Panel asks for the support form's dropdowns by label: the publisher names the fields the vocabulary does not find. */
  'list-dropdowns': { request: empty, reply: FormDropdownsSchema, from: ['extension'], to: 'content', answeredBy: 'shown-form' },
  /** Panel asks the page-actions driver (injected on demand) to put partners on, or take them off, the table it planned from. */
  'apply-partners': {
    request: v.object({ order: ApplyOrderSchema, target: PageTargetSchema }),
    reply: v.union([ApplyOutcomeSchema, wrongPage]),
    from: ['extension'],
    to: 'page-actions',
    answeredBy: 'order-target',
  },
  /** Panel stops the apply under way: what was not yet handed to the portal is not. */
  'cancel-apply': {
    request: empty,
    reply: v.object({ cancelled: v.boolean() }),
    from: ['extension'],
    to: 'page-actions',
    answeredBy: 'running-apply',
  },
  /** The apply driver's progress, for the panel beside its tab. */
  'apply-progress': {
    request: v.object({ progress: ApplyProgressSchema }),
    reply: v.null(),
    from: ['portal-tab'],
    to: 'panel',
    answeredBy: 'any',
  },
  /** Panel asks the page-actions driver to select an audience option on the page (a finding's next step). */
  'choose-option': {
    request: v.object({ option: AudienceOptionSchema, target: PageTargetSchema }),
    reply: v.union([v.object({ chosen: v.boolean() }), wrongPage]),
    from: ['extension'],
    to: 'page-actions',
    answeredBy: 'order-target',
  },
  /** Panel asks the page-actions driver on a support form to bring a field into view and focus it. */
  'focus-field': {
    request: v.object({ label: v.string() }),
    reply: v.object({ focused: v.boolean() }),
    from: ['extension'],
    to: 'page-actions',
    answeredBy: 'support-form',
  },
} as const satisfies Record<string, Entry>;

export type MessageType = keyof typeof MESSAGES;
export type MessageOf<T extends MessageType> = { type: T } & v.InferOutput<(typeof MESSAGES)[T]['request']>;
export type Message = { [T in MessageType]: MessageOf<T> }[MessageType];
/** What each message type answers with. */
export type Replies = { [T in MessageType]: v.InferOutput<(typeof MESSAGES)[T]['reply']> };

export const isMessageType = (type: unknown): type is MessageType => typeof type === 'string' && Object.hasOwn(MESSAGES, type);

/** Every reply travels wrapped, so a refusal is told apart from an answer. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };
