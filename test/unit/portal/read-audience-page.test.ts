// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readAudiencePage } from '../../../src/portal/audience/read-audience-page';

const URL_EN = 'https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/contoso-analytics/resellers';

function page(body: string): Document {
  document.body.innerHTML = body;
  return document;
}

const EN = (checked: 1 | 2 | 3, extra = '') => `
  <h1>Contoso Analytics</h1>
  <p>Offer type: Software as a service (SaaS)</p>
  <span>Published</span>
  ${extra}
  <section>
    <h2>CSP Reseller audience</h2>
    <label><input type="radio" name="a" ${checked === 1 ? 'checked' : ''}> Any partner in the CSP program</label>
    <label><input type="radio" name="a" ${checked === 2 ? 'checked' : ''}> Specific partners in the CSP program I select</label>
    <input type="radio" id="o3" name="a" ${checked === 3 ? 'checked' : ''}><label for="o3">No partners in the CSP program</label>
    <table>
      <thead><tr><th>Partner name</th><th>Tenant ID</th><th>Country/region</th><th>MPN ID</th><th>Remove</th></tr></thead>
      <tbody>
        <tr><td>Fabrikam</td><td>0F8FAD5B-D9CB-469F-A165-70867728950E</td><td>KR</td><td>1234567</td><td><button>Remove</button></td></tr>
        <tr><td>Tailspin</td><td>not-a-guid</td><td></td><td>7654321</td><td><button>Remove</button></td></tr>
      </tbody>
    </table>
  </section>`;

describe('readAudiencePage', () => {
  it('reads an English page with option 2 and its partner table', () => {
    const result = readAudiencePage(page(EN(2, '<div>Unsaved changes</div>')), URL_EN);
    expect(result).toEqual({
      ok: true,
      page: {
        locale: 'en',
        offerId: 'contoso-analytics',
        offerName: 'Contoso Analytics',
        offerType: 'saas',
        published: true,
        selectedOption: 2,
        partners: [
          { tenantIdText: '0F8FAD5B-D9CB-469F-A165-70867728950E', name: 'Fabrikam', country: 'KR' },
          { tenantIdText: 'not-a-guid', name: 'Tailspin' },
        ],
        unsavedChanges: true,
      },
    });
  });

  it.each([
    ['en', 'Resell through CSPs', 'Specific partners in the CSP program I select', 'Published', URL_EN],
    ['ko', 'CSP를 통한 재판매', '선택한 CSP 프로그램의 특정 파트너', '게시됨', URL_EN.replace('en-us', 'ko-kr')],
    ['ko', 'CSP를 통해 재판매', '선택한 CSP 프로그램의 특정 파트너', '게시됨', URL_EN.replace('en-us', 'ko-kr')],
  ] as const)(
    'finds the page by its newer name (%s, "%s") with no module title, as a heading or as the current navigation item',
    (locale, name, option2, status, url) => {
      const body = (heading: boolean) => `
      <nav><a href="#overview">Overview</a><a href="#resell" aria-current="page">${name}</a></nav>
      ${heading ? `<h1>${name}</h1>` : ''}
      <span>${status}</span>
      <div role="radiogroup">
        <label><input type="radio" name="a"> ${locale === 'en' ? 'Any partner in the CSP program' : 'CSP 프로그램의 모든 파트너'}</label>
        <label><input type="radio" name="a" checked> ${option2}</label>
        <label><input type="radio" name="a"> ${locale === 'en' ? 'No partners in the CSP program' : 'CSP 프로그램에 파트너가 없습니다'}</label>
      </div>
      <table><thead><tr><th>${locale === 'en' ? 'Tenant ID' : '테넌트 ID'}</th></tr></thead>
        <tbody><tr><td>0f8fad5b-d9cb-469f-a165-70867728950e</td></tr></tbody></table>`;
      for (const heading of [true, false]) {
        const result = readAudiencePage(page(body(heading)), url);
        expect(result.ok, `heading ${heading}`).toBe(true);
        if (!result.ok) continue;
        expect(result.page).toMatchObject({ locale, selectedOption: 2, published: true, offerId: 'contoso-analytics' });
        // The page's own name is not the offer's name.
        expect(result.page.offerName).toBe('contoso-analytics');
        expect(result.page.partners).toHaveLength(1);
      }
    },
  );

  it('reads a page whose address has a malformed escape, keeping the segment as written', () => {
    const result = readAudiencePage(page(EN(1)), URL_EN.replace('contoso-analytics', 'offer%E0%A4%A'));
    expect(result.ok && result.page.offerId).toBe('offer%E0%A4%A');
  });

  it('reads a Korean draft page with option 3', () => {
    const doc = page(`
      <h1>콘토소</h1><p>제품 유형: 가상 머신</p><span>초안</span>
      <fieldset><legend>CSP 재판매인 대상 그룹</legend>
        <label><input type="radio" name="a"> CSP 프로그램의 모든 파트너</label>
        <label><input type="radio" name="a"> 선택한 CSP 프로그램의 특정 파트너</label>
        <label><input type="radio" name="a" checked> CSP 프로그램에 파트너가 없습니다</label>
      </fieldset>`);
    const result = readAudiencePage(doc, URL_EN.replace('en-us', 'ko-kr'));
    expect(result.ok && result.page).toMatchObject({
      locale: 'ko',
      offerType: 'vm',
      published: false,
      selectedOption: 3,
      partners: [],
      unsavedChanges: false,
    });
  });

  it('says what it could not find on a page whose markup it does not know, and guesses nothing', () => {
    const doc = page(`<h1>Contoso</h1><h2>Reseller things</h2>
      <label><input type="radio" name="a" checked> Everyone</label>`);
    expect(readAudiencePage(doc, 'https://partner.microsoft.com/en-us/dashboard/home')).toEqual({
      ok: false,
      missing: ['module-heading', 'audience-options', 'offer-id'],
    });
  });

  it('refuses option 2 without a recognisable partner table', () => {
    const doc = page(EN(2).replace('<th>Tenant ID</th>', '<th>Identifier</th>'));
    expect(readAudiencePage(doc, URL_EN)).toEqual({ ok: false, missing: ['partner-table'] });
  });

  it('reads option 2 with no partners yet: an empty-state text in place of the grid', () => {
    const table = EN(2).slice(EN(2).indexOf('<table>'), EN(2).indexOf('</table>') + '</table>'.length);
    const empty = EN(2).replace(table, '<button>Select CSP Partners</button><p>No CSP partners selected yet.</p>');
    const read = readAudiencePage(page(empty), URL_EN);
    expect(read.ok && read.page.partners).toEqual([]);
    // Without the partner section's button, a missing grid is still a missing grid.
    expect(readAudiencePage(page(empty.replace('<button>Select CSP Partners</button>', '')), URL_EN)).toEqual({
      ok: false,
      missing: ['partner-table'],
    });
    // An unreadable grid beside the button is not taken as empty.
    expect(
      readAudiencePage(page(EN(2, '<button>Select CSP Partners</button>').replace('<th>Tenant ID</th>', '<th>Identifier</th>')), URL_EN),
    ).toEqual({
      ok: false,
      missing: ['partner-table'],
    });
  });

  it('reads a grid again as soon as anything in it changed, even in the same task', () => {
    const doc = page(EN(2));
    const first = readAudiencePage(doc, URL_EN);
    expect(first.ok && first.page.partners.map((p) => p.name)).toEqual(['Fabrikam', 'Tailspin']);
    doc.querySelector('tbody td')!.textContent = 'Fabrikam Renamed';
    const second = readAudiencePage(doc, URL_EN);
    expect(second.ok && second.page.partners.map((p) => p.name)).toEqual(['Fabrikam Renamed', 'Tailspin']);
    doc.querySelector('tbody tr:last-child')!.remove();
    const third = readAudiencePage(doc, URL_EN);
    expect(third.ok && third.page.partners.map((p) => p.name)).toEqual(['Fabrikam Renamed']);
  });
});
