// @vitest-environment happy-dom
/**
 * Properties of a capture (fast-check): names, GUIDs in any case, braced or without dashes, e-mail
 * addresses (accented, %40-encoded) and phone or case numbers planted anywhere on a page — text,
 * attribute, field, address, shadow root, slot, comment, template, header, title — never survive in
 * the file, while the portal's words around them do. A name in a word position (a button, a label)
 * looks like any portal word: it is known as data because the page also shows it in a cell, or
 * because the caller passes it as private, as the content script does with saved partners.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../../src/portal/capture/capture-page';
import { AUDIENCE_URL, attachShadow, setPage } from './open-capture';

type Kind = 'name' | 'guid' | 'email' | 'phone';
interface Secret {
  kind: Kind;
  /** As planted on the page. */
  value: string;
  /** What must not be found in the file (lower case). */
  parts: string[];
}

// No x, X, 가 or 0: those are what placeholders are made of. Each Latin word has an accent, so that it is
// never a part of the page's other words, and finding it in the file means it survived.
const lower = 'abcdefghijklmnopqrstuvwyz';
const letters = (min: number, max: number) =>
  fc.array(fc.constantFrom(...lower), { minLength: min, maxLength: max }).map((chars) => chars.join(''));
const latinWord = fc
  .tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWYZ'), letters(2, 6), fc.constantFrom(...'éüñøçåá'))
  .map(([first, rest, accent]) => `${first}${rest}${accent}`);
const hangulWord = fc
  .array(fc.integer({ min: 0xac01, max: 0xd7a3 }), { minLength: 2, maxLength: 3 })
  .map((codes) => String.fromCharCode(...codes));
const space = fc.constantFrom(' ', '\u00a0', '  ');
const name: fc.Arbitrary<Secret> = fc
  .tuple(fc.oneof(latinWord, hangulWord), space, fc.oneof(latinWord, hangulWord))
  .map(([first, gap, last]) => ({ kind: 'name', value: `${first}${gap}${last}`, parts: [first.toLowerCase(), last.toLowerCase()] }));

const guid: fc.Arbitrary<Secret> = fc.tuple(fc.uuid(), fc.boolean(), fc.boolean(), fc.boolean()).map(([id, upper, braces, undashed]) => {
  const text = (undashed ? id.replaceAll('-', '') : id)[upper ? 'toUpperCase' : 'toLowerCase']();
  return { kind: 'guid', value: braces ? `{${text}}` : text, parts: [id.toLowerCase(), id.replaceAll('-', '').toLowerCase()] };
});

const label = fc.tuple(letters(2, 5), letters(0, 3)).map(([before, after]) => `${before}é${after}`);
const email: fc.Arbitrary<Secret> = fc
  .tuple(label, label, fc.constantFrom('com', 'co.kr', 'io'), fc.constantFrom('@', '%40'))
  .map(([local, domain, tld, at]) => ({
    kind: 'email',
    value: `${local}${at}${domain}.${tld}`,
    parts: [local, domain, encodeURIComponent(local)],
  }));

const digits = (n: number) => fc.array(fc.constantFrom(...'123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
const phone: fc.Arbitrary<Secret> = fc
  .tuple(digits(3), digits(4), digits(4), fc.constantFrom('+8 $1-$2-$3', '($1) $2-$3', '$1.$2.$3', 'Case $1$2$3'))
  .map(([a, b, c, format]) => ({
    kind: 'phone',
    value: format.replace('$1', a).replace('$2', b).replace('$3', c),
    parts: [`${a}`, `${b}`, `${c}`],
  }));

const SITES = [
  'p',
  'cell',
  'button',
  'label',
  'h2',
  'h1',
  'title',
  'header',
  'aria-label',
  'title-attribute',
  'data-attribute',
  'alt',
  'placeholder',
  'query',
  'path',
  'page-address',
  'input',
  'textarea',
  'option',
  'selected',
  'shadow-text',
  'shadow-button',
  'slotted',
  'template',
  'comment',
  'id',
] as const;
type Site = (typeof SITES)[number];

const planting = fc.record({
  secret: fc.oneof(name, guid, email, phone),
  sites: fc.uniqueArray(fc.constantFrom(...SITES), { minLength: 1, maxLength: 5 }),
  asPrivate: fc.boolean(),
});

/** The page's own words, which must survive whatever is planted around them. */
const PORTAL = `<h2>CSP Reseller audience</h2><button>Select CSP Partners</button><button>CSP 파트너 선택</button><button>Save draft</button>
  <table><thead><tr><th>Partner name</th><th>Tenant ID</th></tr></thead><tbody>`;

interface Planted {
  head?: string;
  body?: string;
  /** A shadow root for the element `x-host-<n>` in the body. */
  shadow?: string;
  query?: string;
}

function plant(site: Site, value: string, n: number): Planted {
  const encoded = encodeURIComponent(value);
  switch (site) {
    case 'p':
      return { body: `<p>${value}</p>` };
    case 'cell':
      return { body: `<table><tr><td>${value}</td></tr></table>` };
    case 'button':
      return { body: `<button><b>${value}</b></button>` };
    case 'label':
      return { body: `<label for="f${n}">${value}</label><input id="f${n}">` };
    case 'h2':
      return { body: `<h2>${value}</h2>` };
    case 'h1':
      return { body: `<h1>${value}</h1>` };
    case 'title':
      return { head: `<title>${value} | Partner Center</title>` };
    case 'header':
      return { body: `<header><button aria-label="Account manager for ${value}">${value}</button></header>` };
    case 'aria-label':
      return { body: `<button aria-label="${value}">Add</button>` };
    case 'title-attribute':
      return { body: `<span title="${value}">Add</span>` };
    case 'data-attribute':
      return { body: `<div data-partner="${value}"></div>` };
    case 'alt':
      return { body: `<img alt="${value}" src="/images/avatar.png">` };
    case 'placeholder':
      return { body: `<input placeholder="${value}">` };
    case 'query':
      return { body: `<a href="/en-us/dashboard/support?q=${encoded}">Open</a>` };
    case 'path':
      return { body: `<a href="/en-us/dashboard/${encoded}/overview">Open</a>` };
    case 'page-address':
      return { query: `q${n}=${encoded}` };
    case 'input':
      return { body: `<label>Contact <input value="${value}"></label>` };
    case 'textarea':
      return { body: `<textarea>About ${value}</textarea>` };
    case 'option':
      return { body: `<select><option selected>Select an option</option><option>${value}</option></select>` };
    case 'selected':
      return { body: `<select><option>Select an option</option><option selected>${value}</option></select>` };
    case 'shadow-text':
      return { body: `<x-host-${n}><i>Add</i></x-host-${n}>`, shadow: `<span>${value}</span><slot></slot>` };
    case 'shadow-button':
      return { body: `<x-host-${n}></x-host-${n}>`, shadow: `<button>${value}</button>` };
    case 'slotted':
      return { body: `<x-host-${n}>${value}</x-host-${n}>`, shadow: '<button><slot></slot></button>' };
    case 'template':
      return { body: `<template><p>${value}</p><button>${value}</button></template>` };
    case 'comment':
      return { body: `<!-- ${value} -->` };
    case 'id':
      return { body: `<p id="row-${value}">Add</p>` };
  }
}

/** Names and phone numbers are not written in ids (an id is the page's code, not its content). */
const fits = (kind: Kind, site: Site) => site !== 'id' || kind === 'guid' || kind === 'email';

describe('a capture, whatever is planted on the page', () => {
  it('keeps no planted name, GUID, e-mail address or phone number, and keeps the portal’s words', () => {
    fc.assert(
      fc.property(fc.array(planting, { minLength: 1, maxLength: 4 }), (plantings) => {
        let head = '';
        let rows = '';
        let body = '';
        const shadows: [number, string][] = [];
        const query: string[] = [];
        const privateStrings: string[] = [];
        let n = 0;
        for (const { secret, sites, asPrivate } of plantings) {
          // A name is known as data: passed as private, or shown in a cell of the partner table too.
          if (secret.kind === 'name' && asPrivate) privateStrings.push(secret.value);
          if (secret.kind === 'name' && !asPrivate) rows += `<tr><td>${secret.value}</td><td>Add</td></tr>`;
          for (const site of sites.filter((s) => fits(secret.kind, s))) {
            const planted = plant(site, secret.value, n);
            head += planted.head ?? '';
            body += planted.body ?? '';
            if (planted.query) query.push(planted.query);
            if (planted.shadow) shadows.push([n, planted.shadow]);
            n++;
          }
        }
        setPage(`${AUDIENCE_URL}${query.length ? `?${query.join('&')}` : ''}`, head, `${PORTAL}${rows}</tbody></table>${body}`);
        for (const [host, shadow] of shadows) attachShadow(`x-host-${host}`, shadow);

        const { html, summary } = capturePage(document, { private: privateStrings });
        // The page as written (the header comment before it is the assistant's own words and counts).
        const folded = html.slice(html.indexOf('-->')).toLowerCase();
        for (const { secret } of plantings)
          for (const part of secret.parts) expect(folded, `${secret.kind} ${secret.value}`).not.toContain(part);
        for (const word of ['CSP Reseller audience', 'Select CSP Partners', 'CSP 파트너 선택', 'Save draft', 'Tenant ID'])
          expect(summary.words).toContain(word);
      }),
      { numRuns: 200 },
    );
  });
});
