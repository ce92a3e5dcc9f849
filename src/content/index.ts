/**
 * Content script on partner.microsoft.com: small and framework-free. It recognises the page, places
 * the launcher, tells the panel when the audience page changes, fills the support form when asked,
 * and answers the extension's typed messages. It never listens to the page's postMessage, and never
 * renders page text as HTML.
 */
import { ext, listenForMessages } from '../platform/ext';
import { uiLanguageOf } from '../core/i18n/ui-messages';
import { requestWithoutOffer } from '../core/support-request/request';
import { routerEnvironment } from '../messaging/environment';
import { isSupportPage, type AudienceRead, type PageKind } from '../core/portal-page';
import type { Replies } from '../messaging/protocol';
import { createRouter } from '../messaging/router';
import { sendToRuntime } from '../messaging/send';
import { readAudiencePage } from '../portal/audience/read-audience-page';
import { watchSubmission } from '../portal/support-form/watch-submission';
import { recordFiled } from '../storage/filed-requests';
import { scanPage, type PageScan } from '../portal/dom/scan-page';
import { detectPageKind } from '../portal/page-kind';
import { loadPending, onPendingChange } from '../storage/pending-request';
import type { FillStage, PendingRequest } from '../core/support-request/request';
import type { FillReport } from '../core/support-request/fill-report';
import { dropPrepared, loadPrepared } from '../storage/prepared-requests';
import { fieldLabels } from '../storage/field-labels';
import type { RememberedLabels } from '../core/support-request/named-fields';
import { frameKey } from './frame-key';
import { mountLauncher, type Launcher } from './launcher';
import { launcherWords } from './launcher-words';
import { watchPage } from './page-watch';
import { pageDriver } from './page-driver';

const words = launcherWords(uiLanguageOf(ext.i18n.getUILanguage()));
let launcher: Launcher | null = null;
let lastSent = '';
let pending: PendingRequest | null = null;
let kind: PageKind = 'other';
/** The labels the publisher named the support form's fields by: a form the vocabulary can't tell is told by them. */
let named: RememberedLabels = {};

function openPanel(): void {
  void sendToRuntime({ type: 'open-panel' }).catch((error: unknown) => console.warn('[csp-assistant]', error));
}

/** On the form's first page the launcher always fills; on the details page, until they are filled. */
const fillable = () => kind === 'support-request' || (kind === 'support-details' && pending?.stage !== 'done');

/**
 * What the launcher fills with: the fill under way; else the only prepared request; else what the
 * prepared ones share (the publisher picks one in the panel), or, with none, what does not depend on
 * an offer (the publisher may pick the offer in the panel).
 */
async function launcherRequest(stage: FillStage): Promise<PendingRequest> {
  if (pending && pending.stage !== 'done') return { ...pending, autoFill: true };
  const prepared = await loadPrepared();
  if (prepared.length === 1) return { request: prepared[0]!, stage, autoFill: true };
  const request = requestWithoutOffer(new Date().toISOString());
  const types = new Set(prepared.map((r) => r.offerType));
  const shared = types.size === 1 ? { ...request, offerType: prepared[0]!.offerType } : request;
  return { request: shared, stage, autoFill: true, ...(prepared.length > 1 ? { choosing: true } : {}) };
}

/** Fills this frame's support form through the page driver (loaded now if it is not here yet), at the step the page shows. */
async function fill(request: PendingRequest): Promise<FillReport | null> {
  if (!isSupportPage(kind)) return null;
  return (await pageDriver()).fill(request, kind === 'support-details' ? 'details' : 'request');
}

/** On a support form the launcher fills it at once. The same click opens the panel: it is the user gesture that sidePanel.open needs. */
function onLauncherClick(): void {
  if (fillable())
    void launcherRequest(kind === 'support-details' ? 'details' : 'request')
      .then(fill)
      .catch((error: unknown) => console.warn('[csp-assistant]', error));
  openPanel();
}

/** After Next, the details page goes on by itself with the fill the publisher asked for. */
function continuePendingFill(): void {
  const step = kind === 'support-details' ? 'details' : 'request';
  if (pending?.autoFill && pending.stage === step) void fill(pending).catch((error: unknown) => console.warn('[csp-assistant]', error));
}

function placeLauncher(): void {
  if (kind === 'other') {
    launcher?.remove();
    launcher = null;
    return;
  }
  if (!launcher?.element.isConnected) {
    launcher = mountLauncher(document, words.open, onLauncherClick);
  }
  launcher.setLabel(fillable() ? words.fill : words.open);
}

/**
 * Reads the audience page. The User Timing measure (from the scan of the page on) lets `npm run bench`
 * see what one read costs the page's main thread.
 */
function readAudience(scan?: PageScan): AudienceRead {
  if (!scan) performance.mark('csp-read-start');
  const read = readAudiencePage(document, location.href, scan);
  performance.measure('csp-read-audience', 'csp-read-start');
  // The page's timeline is the page's: ours is taken off it at once (a PerformanceObserver still sees it).
  performance.clearMarks('csp-read-start');
  performance.clearMeasures('csp-read-audience');
  return read;
}

function announceAudience(scan: PageScan): void {
  const read = readAudience(scan);
  const serialized = JSON.stringify(read);
  if (serialized === lastSent) return;
  lastSent = serialized;
  performance.mark('csp-audience-sent');
  performance.clearMarks('csp-audience-sent');
  // No panel open is the common case, not an error.
  sendToRuntime({ type: 'audience-changed', read, frame: frameKey() }).catch(() => undefined);
}

function refresh(): ShadowRoot[] {
  performance.mark('csp-read-start');
  const scan = scanPage(document);
  kind = detectPageKind(scan, location.href, named).kind;
  placeLauncher();
  if (kind === 'audience') announceAudience(scan);
  if (isSupportPage(kind)) continuePendingFill();
  return scan.shadowRoots;
}

/**
 * The tab's page as the panel should see it. The top frame answers for the tab: with its own kind, or,
 * when it is only the dashboard, with the kind of a same-origin frame beside it (the help pane's form).
 */
function tabPage(): Replies['ping'] {
  const scan = scanPage(document);
  const own = detectPageKind(scan, location.href, named);
  if (own.kind !== 'other') return { ...own, url: location.href, inFrame: false };
  for (const frame of scan.frames) {
    const doc = sameOriginDocument(frame);
    const inner = doc ? detectPageKind(scanPage(doc), doc.location.href, named) : null;
    if (inner && inner.kind !== 'other') return { ...inner, url: doc!.location.href, inFrame: true };
  }
  return { ...own, url: location.href, inFrame: false };
}

/**
 * New names for the support form's fields (given in the panel): the page is read again with them, and
 * when that makes it a support form, the panel beside the tab is told to ask again.
 */
function takeNamed(next: RememberedLabels): void {
  if (JSON.stringify(next) === JSON.stringify(named)) return;
  named = next;
  const before = kind;
  refresh();
  if (kind !== before) sendToRuntime({ type: 'page-ready' }).catch(() => undefined);
}

function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/**
 * What this frame knows to be private, whatever the page's markup: the offer and partners it read, and
 * the requests prepared or being filled. The capture keeps none of it, even where it looks like a page word.
 */
async function knownSecrets(read: AudienceRead | null): Promise<string[]> {
  const page = read?.ok ? read.page : null;
  const requests = [...(pending ? [pending.request] : []), ...(await loadPrepared())];
  return [
    ...(page ? [page.offerId, page.offerName, ...page.partners.flatMap((p) => [p.name, p.tenantIdText])] : []),
    ...requests.flatMap((r) => [r.offerId, r.offerName, ...r.partners.flatMap((p) => [p.name, p.tenantId])]),
  ].filter((s) => s.trim() !== '');
}

const isTop = window === window.top;

/** This is the top document and the tab's page is its own, not a form in a frame of it (the panel shows the tab's page). */
const showsTabPage = () => isTop && tabPage().url === location.href;

const router = createRouter(
  'content',
  {
    // The names are read anew: the panel may have just given one, and asks before its change arrives here.
    ping: async () => {
      takeNamed(await fieldLabels.get());
      return tabPage();
    },
    'read-audience': () => ({ read: readAudience(), frame: frameKey() }),
    'capture-page': async () => {
      const read = kind === 'audience' ? readAudience() : null;
      return (await pageDriver()).capture(kind, read, await knownSecrets(read));
    },
    'list-dropdowns': async () => (await pageDriver()).listDropdowns(),
    'fill-support': async () => {
      const current = await loadPending();
      if (!current) throw new Error('no support request is waiting');
      const report = await fill({ ...current, autoFill: true });
      if (!report) throw new Error('this page is not a support request form the assistant recognises');
      return report;
    },
  },
  routerEnvironment(),
  // In a tab with frames every frame hears the panel: only the one a message is about answers it.
  {
    top: () => isTop,
    audience: () => kind === 'audience',
    'support-form': () => isSupportPage(kind),
    // The form's frame, or the page the panel shows when the publisher says it is a form the assistant does not know.
    'shown-form': () => isSupportPage(kind) || showsTabPage(),
    // The frame whose page the panel shows: this one, unless it is a dashboard around the form's frame.
    'shown-page': () => kind !== 'other' || showsTabPage(),
  },
);
listenForMessages(router);

onPendingChange((next) => {
  pending = next;
  placeLauncher();
});
fieldLabels.onChange(takeNamed);
void Promise.all([loadPending(), fieldLabels.get()]).then(([loaded, labels]) => {
  pending = loaded;
  named = labels;
  // A panel that asked before this script started (the tab was still loading) asks again once the page
  // is read (the first read waits for the page to be idle). None open is the common case.
  watchPage(document, refresh, { onFirstSettled: () => void sendToRuntime({ type: 'page-ready' }).catch(() => undefined) });
});

// A request filled for an offer, then submitted by the publisher: kept with the offer (filed requests).
watchSubmission(document, (caseNumber) => {
  const request = pending?.request;
  if (!request || request.offerId === '' || !isSupportPage(kind)) return;
  const { offerId, from, to, partners } = request;
  void recordFiled({ offerId, from, to, tenantIds: partners.map((p) => p.tenantId), caseNumber, filedAt: new Date().toISOString() });
  void dropPrepared(offerId);
});
