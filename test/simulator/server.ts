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
import type { Locale, OfferType } from '../../src/core/audience';
import { buildCatalog } from './catalog';
import { makeCertificate, SIMULATED_HOSTS } from './cert';
import { offerTypeText, pageTexts, supportOptions } from './texts';

export interface Submission {
  at: string;
  locale: string;
  variant: string;
  fields: Record<string, string>;
}

export interface Simulator {
  port: number;
  /** The value for Chromium's --host-resolver-rules. */
  hostRules: string;
  submissions(): Submission[];
  close(): Promise<void>;
}

const PUBLIC = join(import.meta.dirname, 'public');
const OFFER_TYPES: OfferType[] = ['saas', 'vm', 'byol-vm', 'solution-template', 'managed-app', 'container', 'other'];
const STATIC_TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };
const catalog = buildCatalog();

function localeOf(segment: string | undefined): { locale: Locale; tag: string } | null {
  if (segment === 'en-us') return { locale: 'en', tag: 'en-US' };
  if (segment === 'ko-kr') return { locale: 'ko', tag: 'ko-KR' };
  return null;
}

function shell(tag: string, title: string, script: string, config: unknown): string {
  // JSON inside <script> must not be able to close it.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="${tag}"><head><meta charset="utf-8"><title>${title}</title>` +
    `<link rel="stylesheet" href="/__sim/static/portal.css"></head><body>` +
    `<script id="sim-config" type="application/json">${json}</script><div id="root"></div>` +
    `<script src="/__sim/static/dom.js"></script><script src="/__sim/static/${script}"></script></body></html>`;
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

export async function startSimulator(options: { port?: number; log?: (line: string) => void } = {}): Promise<Simulator> {
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

    const staticMatch = /^\/__sim\/static\/([a-z-]+)\.(js|css)$/.exec(url.pathname);
    if (staticMatch) {
      const [, name, ext] = staticMatch as unknown as [string, string, string];
      return send(res, 200, STATIC_TYPES[ext]!, readFileSync(join(PUBLIC, `${name}.${ext}`)));
    }
    if (url.pathname === '/__sim/submissions') return send(res, 200, 'application/json', JSON.stringify(submissions));
    if (url.pathname === '/__sim/submit' && req.method === 'POST') {
      const body = JSON.parse(await readBody(req)) as Omit<Submission, 'at'>;
      submissions.push({ at: new Date().toISOString(), locale: String(body.locale), variant: String(body.variant), fields: body.fields });
      return send(res, 200, 'application/json', '{"ok":true}');
    }

    const [, localeSegment, ...rest] = url.pathname.split('/');
    const locale = localeOf(localeSegment);
    if (!locale) return send(res, 404, 'text/plain', 'unknown locale');
    const path = rest.join('/');
    const alt = url.searchParams.get('labels') === 'alt';
    const texts = pageTexts(locale.locale, alt);
    const params = Object.fromEntries(url.searchParams);

    const offer = /^dashboard\/commercial-marketplace\/offers\/([^/]+)\/resellers$/.exec(path);
    if (offer) {
      const type = (OFFER_TYPES as string[]).includes(params.type ?? '') ? (params.type as OfferType) : 'saas';
      const config = { locale: locale.locale, offerId: decodeURIComponent(offer[1]!), params, texts, offerTypeText: offerTypeText(type, locale.locale), catalog };
      return send(res, 200, 'text/html; charset=utf-8', shell(locale.tag, texts.module!, 'audience.js', config));
    }
    if (path === 'support/request' || path === 'support/request/details') {
      const config = { locale: locale.locale, step: path.endsWith('details') ? 'details' : 'request', params, texts, options: supportOptions(locale.locale, alt) };
      return send(res, 200, 'text/html; charset=utf-8', shell(locale.tag, texts.createRequest!, 'support.js', config));
    }
    if (path.startsWith('dashboard')) {
      return send(res, 200, 'text/html; charset=utf-8', shell(locale.tag, texts.dashboard!, 'home.js', { texts }));
    }
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
