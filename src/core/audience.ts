/**
 * The CSP reseller audience as the domain sees it: what the page shows, and what only the publisher
 * knows (the live option, who has resold). Plain data, no browser API.
 */

/** 1: any partner in the CSP program · 2: specific partners I select · 3: no partners. */
export type AudienceOption = 1 | 2 | 3;

export type Locale = 'en' | 'ko';

/**
 * 'other': read off the page, and not a type the CSP program takes. 'unknown': not shown on the page,
 * or in words we don't know: the publisher is asked, never told "not eligible".
 */
export const OFFER_TYPES = ['saas', 'vm', 'byol-vm', 'solution-template', 'managed-app', 'container', 'other', 'unknown'] as const;
export type OfferType = (typeof OFFER_TYPES)[number];

/** Whether a partner has resold the offer: a fact only the publisher knows. */
export type Resale = 'yes' | 'no' | 'unknown';

/** A CSP partner as kept in lists and shown in the partner table. `tenantId` is canonical (lower-case GUID). */
export interface Partner {
  tenantId: string;
  name: string;
  country?: string;
  mpnId?: string;
  competencies?: string[];
  skills?: string[];
  notes?: string;
  /** A list's own answer to "has this partner resold?", from an imported "Resold" column. */
  resold?: Resale;
}

/** A partner's fields, in the order its objects are built in (stored lists and JSON comparisons rely on it). */
export const PARTNER_FIELDS = ['tenantId', 'name', 'country', 'mpnId', 'competencies', 'skills', 'notes', 'resold'] as const;
/** Every field of Partner is listed: a new one fails the type-check here until it is. */
const partnerFieldsAreComplete = (field: keyof Partner): (typeof PARTNER_FIELDS)[number] => field;
void partnerFieldsAreComplete;

/** A row of the partner table as read from the page: the tenant ID is raw text, not yet validated. */
export interface PagePartner {
  tenantIdText: string;
  name: string;
  country?: string;
}

/** What the content script reads from an offer's CSP reseller audience page. */
export interface AudiencePage {
  locale: Locale;
  offerId: string;
  offerName: string;
  offerType: OfferType;
  /** The offer has been published at least once (it is live). */
  published: boolean;
  /** The option selected on the page now, or null when none is selected. */
  selectedOption: AudienceOption | null;
  partners: PagePartner[];
  /** The page shows unsaved changes ("Save draft" pending). */
  unsavedChanges: boolean;
}

/** A partner named in a finding or a request: enough to tell the user and support who is meant. */
export interface PartnerRef {
  tenantId: string;
  name: string;
}

/** What the extension remembers per offer, entered by the user or seen on the page. */
export interface OfferFacts {
  offerId: string;
  /** The option currently published; null when unknown or never published. */
  liveOption: AudienceOption | null;
  /** Where the live option came from: read off a published page, or set by the user. */
  liveSource?: 'page' | 'user';
  /** The published option-2 list. */
  livePartners: PartnerRef[];
  /** Tenant IDs added since publishing and not yet synced ("Sync CSP audience"). */
  unsyncedPartners: string[];
  /** Per tenant ID: has this partner resold the offer? Missing means unknown. */
  resale: Record<string, Resale>;
  /** The publisher's answer when the page does not show the offer type. */
  offerType?: OfferType;
}
