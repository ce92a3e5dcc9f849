// @vitest-environment happy-dom
/**
 * Every capture in test/fixtures/portal/, captured again: the new file reads as the page did (its
 * kind, and for an audience page the facts its .expected.json checks), so that a capture stays a
 * regression test for the page readers; and nothing but the portal's words is kept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAudiencePage } from '../../../src/portal/audience/read-audience-page';
import { capturePage } from '../../../src/portal/capture/capture-page';
import { scanPage } from '../../../src/portal/dom/scan-page';
import { detectPageKind } from '../../../src/portal/page-kind';
import { openCapture } from './open-capture';

const DIR = join(import.meta.dirname, '../../fixtures/portal');
const files = readdirSync(DIR).filter((file) => file.endsWith('.html'));

/** What the readers make of the page in happy-dom: its kind and the facts of its reading, names and IDs left out. */
function reading(doc: Document) {
  const url = doc.location.href;
  const { kind } = detectPageKind(scanPage(doc), url);
  if (kind !== 'audience') return { kind };
  const read = readAudiencePage(doc, url);
  if (!read.ok) return { kind, missing: read.missing };
  const { locale, offerType, published, selectedOption, unsavedChanges, partners } = read.page;
  const tenantIds = partners.map((p) => /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(p.tenantIdText));
  return { kind, locale, offerType, published, selectedOption, unsavedChanges, partners: partners.length, tenantIds };
}

describe('capturing the portal fixtures again', () => {
  it('has fixtures to capture', () => expect(files.length).toBeGreaterThanOrEqual(10));

  for (const file of files) {
    it(`${file}: the capture reads as the page did`, () => {
      const page = openCapture(readFileSync(join(DIR, file), 'utf8'));
      const before = reading(page);
      const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.html$/, '.expected.json')), 'utf8'));
      expect(before.kind).toBe(expected.kind);
      const { html, summary } = capturePage(page);
      expect(reading(openCapture(html))).toEqual(before);
      expect(summary.kept).toBeGreaterThan(0);
      expect(summary.words).not.toContainEqual(expect.stringMatching(/Name \d|captured-offer/));
    });
  }
});
