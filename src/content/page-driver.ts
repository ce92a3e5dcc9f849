/**
 * The support-form driver (the fill, and the form's dropdowns listed for the publisher to name) and
 * the page capture are not carried by every portal frame: they live in the injected page driver
 * (page-actions.js), loaded into this frame by the background the first time the publisher asks for
 * a fill, a listing or a capture. Both scripts run in the extension's isolated world, so
 * the driver hands its functions over on a global the page can't see.
 */
import type { FillReport } from '../core/support-request/fill-report';
import type { AudienceRead, PageKind } from '../core/portal-page';
import type { Replies } from '../messaging/protocol';
import { sendToRuntime } from '../messaging/send';
import type { FillStage, PendingRequest } from '../core/support-request/request';

/** The support form's page: its first (the dropdowns) or its details. */
export type SupportStep = Exclude<FillStage, 'done'>;
import type { FormDropdowns } from '../core/support-request/named-fields';

export interface PageDriver {
  /** Fills the support form this frame shows, at the step the page detector told; null while a fill is under way. */
  fill(pending: PendingRequest, step: SupportStep): Promise<FillReport | null>;
  /** The page made safe to post in a public issue, with what the reader made of it; `secrets` are never kept. */
  capture(kind: PageKind, read: AudienceRead | null, secrets: string[]): Replies['capture-page'];
  /** The support form's dropdowns by label, for the publisher to name the fields the vocabulary does not find. */
  listDropdowns(): Promise<FormDropdowns>;
}

export const PAGE_DRIVER = Symbol.for('csp-assistant.page-driver');
const scope = globalThis as { [PAGE_DRIVER]?: PageDriver };

export async function pageDriver(): Promise<PageDriver> {
  if (!scope[PAGE_DRIVER]) await sendToRuntime({ type: 'load-driver' });
  const driver = scope[PAGE_DRIVER];
  if (!driver) throw new Error('the page driver did not load in this frame');
  return driver;
}

/** Called by the driver when it loads. */
export function provideDriver(driver: PageDriver): void {
  scope[PAGE_DRIVER] = driver;
}
