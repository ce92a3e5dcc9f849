/** The simulator itself: redirects like the short links, serves its pages, records submissions. */
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../simulator/catalog';
import { startSimulator, type Simulator } from '../simulator/server';
import { canonicalTenantId } from '../../src/core/tenant-id';

const SIMULATOR = join(import.meta.dirname, '../simulator');
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(() => sim.close());

function fetchAs(host: string, path: string, method = 'GET', body?: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: sim.port, path, method, headers: { host }, rejectUnauthorized: false }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('simulator', () => {
  it('answers the support short links with a redirect to the support form, keeping the query', async () => {
    const aka = await fetchAs('aka.ms', '/marketplacepublishersupport?locale=ko-kr&variant=fluent');
    expect(aka.status).toBe(302);
    expect(aka.headers.location).toBe('https://partner.microsoft.com/ko-kr/support/request?locale=ko-kr&variant=fluent');
    const fwlink = await fetchAs('go.microsoft.com', '/fwlink/?linkid=2165533');
    expect(fwlink.status).toBe(302);
    expect(fwlink.headers.location).toBe('https://partner.microsoft.com/en-us/support/request?linkid=2165533');
  });

  it('serves the audience page in the requested language, with its scripts', async () => {
    const ko = await fetchAs('partner.microsoft.com', '/ko-kr/dashboard/commercial-marketplace/offers/x/resellers');
    expect(ko.status).toBe(200);
    expect(ko.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(ko.body).toContain('<html lang="ko-KR">');
    expect(ko.body).toContain('CSP 재판매인 대상 그룹');
    const script = await fetchAs('partner.microsoft.com', '/__sim/sim.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await fetchAs('partner.microsoft.com', '/fr-fr/x')).status).toBe(404);
    expect((await fetchAs('evil.example', '/')).status).toBe(404);
  });

  it('escapes the page configuration so that data cannot close its script tag', async () => {
    const page = await fetchAs(
      'partner.microsoft.com',
      '/en-us/dashboard/commercial-marketplace/offers/x/resellers?name=%3C/script%3E%3Cscript%3Ealert(1)',
    );
    expect(page.body).not.toContain('</script><script>alert(1)');
  });

  it('records a submission', async () => {
    const posted = await fetchAs(
      'partner.microsoft.com',
      '/__sim/submit',
      'POST',
      JSON.stringify({ locale: 'en', variant: 'native', fields: { title: 'x' } }),
    );
    expect(posted.status).toBe(200);
    expect(sim.submissions()).toMatchObject([{ locale: 'en', variant: 'native', fields: { title: 'x' } }]);
  });

  it('imports nothing from the product: it imitates a page we do not control', () => {
    const files = readdirSync(SIMULATOR, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx|js|mjs)$/.test(f));
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.filter((f) =>
      /from\s+['"](\.\.\/)+src\/|import\(\s*['"](\.\.\/)+src\//.test(readFileSync(join(SIMULATOR, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('has a deterministic catalog of valid, distinct tenant IDs', () => {
    const a = buildCatalog();
    expect(buildCatalog()).toEqual(a);
    expect(a).toHaveLength(300);
    expect(a.every((p) => canonicalTenantId(p.tenantId) === p.tenantId)).toBe(true);
    expect(new Set(a.map((p) => p.tenantId)).size).toBe(300);
  });
});
