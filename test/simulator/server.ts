/**
 * The local Partner Center: the audience and support pages served over HTTPS on loopback, plus the
 * support short links answering with their redirect. Chromium maps the real host names here, so the
 * shipped build's content script runs on these pages unmodified.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simulatorScript } from './bundle';
import { buildCatalog, type CatalogPartner } from './catalog';
import { makeCertificate, SIMULATED_HOSTS } from './cert';
import type { Family } from './kits/kit';
import { SHOELACE_BASE } from './kits/shoelace-loader';
import type { SimConfig } from './pages/config';
import { shoelaceFile } from './shoelace-files';
import { offerTypeName, pageWords, SIM_OFFER_TYPES, supportOptions, type SimLocale, type SimOfferType } from './words';

export interface Submission {
  at: string;
  locale: string;
  variant: string;
  fields: Record<string, string>;
  caseNumber: string;
}

export interface Simulator {
  port: number;
  /** The value for Chromium's --host-resolver-rules. */
  hostRules: string;
  submissions(): Submission[];
  close(): Promise<void>;
}

const PUBLIC = join(import.meta.dirname, 'public');
const FAMILIES: Family[] = ['native', 'aria', 'fluent', 'wc', 'shoelace'];
const CATALOG_SIZE = 300;
const catalogs = new Map<number, CatalogPartner[]>();
const catalogOf = (size: number) => {
  if (!catalogs.has(size)) catalogs.set(size, buildCatalog(size));
  return catalogs.get(size)!;
};

function localeOf(segment: string | undefined): { locale: SimLocale; tag: string } | null {
  if (segment === 'en-us') return { locale: 'en', tag: 'en-US' };
  if (segment === 'ko-kr') return { locale: 'ko', tag: 'ko-KR' };
  return null;
}

function shell(tag: string, title: string, config: SimConfig): string {
  // JSON inside <script> must not be able to close it.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return (
    `<!doctype html><html lang="${tag}"><head><meta charset="utf-8"><title>${title}</title>` +
    `<link rel="stylesheet" href="/__sim/static/portal.css"></head><body>` +
    `<script id="sim-config" type="application/json">${json}</script><div id="root"></div>` +
    `<script src="/__sim/sim.js"></script></body></html>`
  );
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Like the real portal, the short link lands in the browser's language unless told otherwise. */
function supportRedirect(url: URL, acceptLanguage: string | undefined): string {
  const locale = url.searchParams.get('locale') ?? (/^ko\b/i.test(acceptLanguage ?? '') ? 'ko-kr' : 'en-us');
  return `https://partner.microsoft.com/${locale}/support/request${url.search}`;
}

export interface SimulatorOptions {
  port?: number;
  log?: (line: string) => void;
  /** Static pages served as they are at their own path and query (captures of portal pages). */
  fixtures?: Map<string, string>;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  // Built (or found in the cache) before the first page is asked for.
  await simulatorScript();
  const submissions: Submission[] = [];
  const log = options.log ?? (() => undefined);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    log(`${req.method} ${host}${url.pathname}${url.search}`);

    if (host === 'aka.ms' && url.pathname.toLowerCase() === '/marketplacepublishersupport') {
      return send(res, 302, 'text/plain', '', { location: supportRedirect(url, req.headers['accept-language']) });
    }
    if (host === 'go.microsoft.com' && url.pathname.toLowerCase().startsWith('/fwlink')) {
      return send(res, 302, 'text/plain', '', { location: supportRedirect(url, req.headers['accept-language']) });
    }
    if (host !== 'partner.microsoft.com' && host !== '127.0.0.1' && host !== 'localhost') {
      return send(res, 404, 'text/plain', `not simulated: ${host}`);
    }

    const fixture = options.fixtures?.get(`${url.pathname}${url.search}`);
    if (fixture !== undefined) return send(res, 200, 'text/html; charset=utf-8', fixture);
    const staticMatch = /^\/__sim\/static\/([a-z-]+)\.css$/.exec(url.pathname);
    if (staticMatch) return send(res, 200, 'text/css; charset=utf-8', readFileSync(join(PUBLIC, `${staticMatch[1]}.css`)));
    if (url.pathname.startsWith(`${SHOELACE_BASE}/`)) {
      const file = shoelaceFile(url.pathname);
      // The package's files don't change while it runs: pages of one browser load them once.
      if (file) return send(res, 200, file.type, file.body, { 'cache-control': 'max-age=3600' });
      return send(res, 404, 'text/plain', 'not found');
    }
    if (url.pathname === '/__sim/sim.js') return send(res, 200, 'text/javascript; charset=utf-8', readFileSync(await simulatorScript()));
    if (url.pathname === '/__sim/submissions') return send(res, 200, 'application/json', JSON.stringify(submissions));
    if (url.pathname === '/__sim/submit' && req.method === 'POST') {
      const body = JSON.parse(await readBody(req)) as Pick<Submission, 'locale' | 'variant' | 'fields'>;
      const caseNumber = `2611${String(2500000000 + submissions.length + 1)}`;
      submissions.push({
        at: new Date().toISOString(),
        locale: String(body.locale),
        variant: String(body.variant),
        fields: body.fields,
        caseNumber,
      });
      return send(res, 200, 'application/json', JSON.stringify({ ok: true, caseNumber }));
    }

    const [, localeSegment, ...rest] = url.pathname.split('/');
    const locale = localeOf(localeSegment);
    if (!locale) return send(res, 404, 'text/plain', 'unknown locale');
    const path = rest.join('/');
    const params = Object.fromEntries(url.searchParams);
    const alt = params.labels === 'alt';
    const words = pageWords(locale.locale, alt);
    const family: Family = (FAMILIES as string[]).includes(params.variant ?? '') ? (params.variant as Family) : 'native';
    const common = { locale: locale.locale, family, words, params };
    const page = (title: string, config: SimConfig) => send(res, 200, 'text/html; charset=utf-8', shell(locale.tag, title, config));

    const offer = /^dashboard\/commercial-marketplace\/offers\/([^/]+)\/resellers$/.exec(path);
    if (offer) {
      const type: SimOfferType = (SIM_OFFER_TYPES as readonly string[]).includes(params.type ?? '')
        ? (params.type as SimOfferType)
        : 'saas';
      const catalog = catalogOf(Math.max(CATALOG_SIZE, Number(params.partners ?? 0) || 0));
      return page(family === 'shoelace' ? words.resellPage : words.module, {
        ...common,
        page: 'audience',
        offerId: decodeURIComponent(offer[1]!),
        offerTypeText: offerTypeName(type, locale.locale),
        catalog,
      });
    }
    if (path === 'support/request' || path === 'support/request/details') {
      const formLocale: SimLocale = params.formLang === 'en' ? 'en' : locale.locale;
      return page(words.createRequest, {
        ...common,
        page: 'support',
        step: path.endsWith('details') ? 'details' : 'request',
        formWords: pageWords(formLocale, alt),
        options: supportOptions(formLocale, alt),
      });
    }
    if (path === 'dashboard/help') {
      const form = new URL(`/${localeSegment}/support/request`, url);
      for (const [key, value] of url.searchParams) form.searchParams.set(key, value);
      return page(words.help, { ...common, page: 'help-pane', formUrl: `${form.pathname}${form.search}` });
    }
    if (path.startsWith('dashboard')) return page(words.dashboard, { ...common, page: 'home' });
    return send(res, 404, 'text/plain', 'not found');
  }

  const server: Server = createServer(makeCertificate(), (req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, 'text/plain', String(error)));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    hostRules: SIMULATED_HOSTS.map((h) => `MAP ${h}:443 127.0.0.1:${port}`).join(', '),
    submissions: () => [...submissions],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
