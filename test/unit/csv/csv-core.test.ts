import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapHeaders } from '../../../src/core/csv/columns';
import { decodeCsvBytes } from '../../../src/core/csv/decode';
import { neutralizeCell, partnersToCsv, partnersToIngestionJson, partnersToPartnerCenterCsv } from '../../../src/core/csv/export';
import { parseRecords } from '../../../src/core/csv/records';
import { makeRowReader } from '../../../src/core/csv/rows';

const GUID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeCsvBytes(utf8('\ufeff파트너,x'))).toEqual({ ok: true, text: '파트너,x', encoding: 'utf-8' });
    expect(decodeCsvBytes(utf8('a,b'))).toEqual({ ok: true, text: 'a,b', encoding: 'utf-8' });
  });

  it('reads UTF-16LE and UTF-16BE by their BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00, 0x62, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00, 0x2c, 0x00, 0x62]);
    expect(decodeCsvBytes(le)).toEqual({ ok: true, text: 'a,b', encoding: 'utf-16le' });
    expect(decodeCsvBytes(be)).toEqual({ ok: true, text: 'a,b', encoding: 'utf-16be' });
  });

  it('falls back to CP949 for Korean Excel files', () => {
    // "파트너" in CP949: C6C4 C6AE B3CA
    const bytes = new Uint8Array([0xc6, 0xc4, 0xc6, 0xae, 0xb3, 0xca, 0x2c, 0x41]);
    expect(decodeCsvBytes(bytes)).toEqual({ ok: true, text: '파트너,A', encoding: 'euc-kr' });
  });

  it('refuses empty and binary files', () => {
    expect(decodeCsvBytes(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
    expect(decodeCsvBytes(utf8(' \r\n '))).toEqual({ ok: false, reason: 'empty' });
    expect(decodeCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({ ok: false, reason: 'binary' });
    expect(decodeCsvBytes(utf8('\u0001\u0002\u0003\u0004abc'))).toEqual({ ok: false, reason: 'binary' });
  });
});

describe('mapHeaders', () => {
  it('maps English and Korean aliases', () => {
    expect(mapHeaders(['Partner name', 'Tenant ID', 'Country/region', 'MPN ID'], []).mapping).toEqual({
      name: 0,
      tenantId: 1,
      country: 2,
      mpnId: 3,
    });
    expect(mapHeaders(['파트너 이름', '테넌트 ID', '국가/지역', '파트너 ID', '재판매', '메모'], []).mapping).toEqual({
      name: 0,
      tenantId: 1,
      country: 2,
      mpnId: 3,
      resold: 4,
      notes: 5,
    });
  });

  it('proposes the GUID column when no header names the tenant ID', () => {
    const rows = [
      ['Fabrikam', GUID],
      ['Contoso', 'ABCDEF01-2345-6789-ABCD-EF0123456789'],
      ['Broken', 'nope'],
    ];
    expect(mapHeaders(['Company', 'Identifier'], rows)).toEqual({ mapping: { name: 0, tenantId: 1 }, tenantGuessed: true });
    expect(mapHeaders(['Company', 'Identifier'], [['a', 'b']])).toEqual({ mapping: { name: 0 }, tenantGuessed: false });
  });
});

describe('parseRecords', () => {
  const lf = `Name,Notes\nA,"two\nlines"\n\nB,x\n`;
  const expected = [
    { cells: ['Name', 'Notes'], line: 1 },
    { cells: ['A', 'two\nlines'], line: 2 },
    { cells: ['B', 'x'], line: 5 },
  ];

  it('reads the same records and line numbers whatever the line breaks: LF, CRLF, mixed, a lone CR', () => {
    expect(parseRecords(lf).records).toEqual(expected);
    expect(parseRecords(lf.replace(/\n/g, '\r\n')).records).toEqual(expected);
    expect(parseRecords(lf.replace('\n\nB', '\r\n\nB')).records).toEqual(expected);
    expect(parseRecords(lf.replace('\n\nB', '\r\rB')).records).toEqual(expected);
  });
});

describe('makeRowReader', () => {
  const headers = ['Name', 'Tenant ID', 'Resold', 'Skills'];
  const rowToPartner = makeRowReader({ name: 0, tenantId: 1, resold: 2, skills: 3 }, headers);

  it('makes a partner with canonical tenant ID, resale and lists', () => {
    expect(rowToPartner(['Fab', `{${GUID.toUpperCase()}}`, '예', 'Azure; AI'], 2)).toEqual({
      tenantId: GUID,
      name: 'Fab',
      resold: 'yes',
      skills: ['Azure', 'AI'],
    });
    expect(rowToPartner(['Fab', GUID, '', ''], 2)).toEqual({ tenantId: GUID, name: 'Fab', resold: 'unknown' });
  });

  it('says which row and column is wrong, and why', () => {
    expect(rowToPartner(['Fab', 'nope', '', ''], 7)).toEqual({ row: 7, column: 'Tenant ID', reason: 'tenant-id-invalid', value: 'nope' });
    expect(rowToPartner(['Fab', '', '', ''], 3)).toEqual({ row: 3, column: 'Tenant ID', reason: 'tenant-id-missing', value: '' });
    expect(rowToPartner(['Fab', GUID, 'maybe', ''], 4)).toEqual({ row: 4, column: 'Resold', reason: 'resold-invalid', value: 'maybe' });
  });
});

describe('export', () => {
  const partners = [
    { tenantId: GUID, name: '=HYPERLINK("http://x")', country: 'KR', mpnId: '1234567' },
    { tenantId: 'abcdef01-2345-6789-abcd-ef0123456789', name: '한빛, "클라우드"\u0007', skills: ['Azure', 'AI'] },
  ];

  it('neutralises formulas and control characters', () => {
    expect(neutralizeCell('=1+1')).toBe("'=1+1");
    expect(neutralizeCell('+82 10')).toBe("'+82 10");
    expect(neutralizeCell('-5')).toBe("'-5");
    expect(neutralizeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralizeCell('a\u0000b')).toBe('ab');
    expect(neutralizeCell('Contoso')).toBe('Contoso');
  });

  it('neutralises a formula a spreadsheet would see after folding full-width forms or skipping a zero-width space', () => {
    for (const cell of ['＝1+1', '＋82 10', '－5', '＠SUM(A1)', '\u200b=1+1', '\ufeff@x', '\u200d\u200b＋1']) {
      // trim() takes a BOM (U+FEFF) for white space: it goes like any other.
      expect(neutralizeCell(cell), JSON.stringify(cell)).toBe(`'${cell.trim()}`);
    }
    expect(neutralizeCell('Ｃontoso')).toBe('Ｃontoso');
    expect(neutralizeCell('\u200bContoso')).toBe('\u200bContoso');
  });

  it('leaves no cell a spreadsheet would run as a formula (property)', () => {
    const lead = fc.constantFrom('=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫');
    const invisible = fc.array(fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'), { maxLength: 3 });
    fc.assert(
      fc.property(invisible, lead, fc.string(), (before, first, rest) => {
        const out = neutralizeCell(`${before.join('')}${first}${rest}`);
        const seen = out.normalize('NFKC').replace(/^\p{Cf}+/u, '');
        expect(/^[=+\-@]/.test(seen)).toBe(false);
      }),
    );
  });

  it('writes CSV with a UTF-8 BOM, CRLF and quoting', () => {
    expect(partnersToCsv(partners)).toBe(
      '\ufeffTenant ID,Partner name,Country/region,MPN ID,Competencies,Skills,Notes\r\n' +
        `${GUID},"'=HYPERLINK(""http://x"")",KR,1234567,,,\r\n` +
        'abcdef01-2345-6789-abcd-ef0123456789,"한빛, ""클라우드""",,,,Azure; AI,\r\n',
    );
  });

  it('writes the Partner Center layout and the ingestion JSON', () => {
    expect(partnersToPartnerCenterCsv([partners[0]!]).split('\r\n')[0]).toBe('\ufeffPartner name,Tenant ID,Country/region,MPN ID');
    expect(JSON.parse(partnersToIngestionJson(partners, 2, 'p1', 'r1'))).toEqual({
      $schema: 'https://schema.mp.microsoft.com/schema/reseller/2022-03-01-preview2',
      id: 'reseller/r1',
      product: 'product/p1',
      resellerChannelState: 'some',
      audiences: [
        { type: 'tenant', id: GUID, label: '=HYPERLINK("http://x")' },
        { type: 'tenant', id: 'abcdef01-2345-6789-abcd-ef0123456789', label: '한빛, "클라우드"\u0007' },
      ],
    });
    expect(JSON.parse(partnersToIngestionJson(partners, 1, 'p1', 'r1')).resellerChannelState).toBe('all');
  });
});
