import { describe, expect, it } from 'vitest';
import { FakeGuids } from '../../../src/portal/capture/placeholders';

describe('placeholders of the same shape', () => {
  it('replace letters (accented Latin too) by x or X, Hangul by 가, digits by 0, and keep spaces and punctuation', () => {
    const guids = new FakeGuids();
    expect(guids.shape('José Müller-Lüdenscheidt, +82 10-1234-5678')).toBe('Xxxx Xxxxxx-Xxxxxxxxxxxx, +00 00-0000-0000');
    expect(guids.shape('김민수 님 (대한민국)')).toBe('가가가 가 (가가가가)');
    expect(guids.shape('東京 カタカナ ひらがな Жанна')).toBe('字字 アアアア ああああ Xxxxx');
    // A decomposed é is one letter: its combining accent goes with it.
    expect(guids.shape('Jose\u0301')).toBe('Xxxx');
    expect(guids.shape('jane%40contoso.com')).toBe('xxxx%00xxxxxxx.xxx');
  });

  it('give every GUID a numbered fake GUID, the same for the same GUID in any case, with braces or without dashes', () => {
    const guids = new FakeGuids();
    const a = '0F8FAD5B-D9CB-469F-A165-70867728950E';
    expect(guids.shape(`{${a}}`)).toBe('{00000000-0000-0000-0000-000000000001}');
    expect(guids.shape(a.toLowerCase())).toBe('00000000-0000-0000-0000-000000000001');
    expect(guids.shape(a.replaceAll('-', ''))).toBe('00000000000000000000000000000001');
    expect(guids.shape('7c9e6679-7425-40de-944b-e07fc1f90ae7')).toBe('00000000-0000-0000-0000-000000000002');
    expect(guids.count).toBe(2);
  });

  it('replace only the GUIDs in code, and leave a fake GUID as it is when a text is scrubbed twice', () => {
    const guids = new FakeGuids();
    const once = guids.inText('row-0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(once).toBe('row-00000000-0000-0000-0000-000000000001');
    expect(guids.inText(once)).toBe(once);
    expect(guids.shape(once)).toBe('xxx-00000000-0000-0000-0000-000000000001');
    expect(guids.count).toBe(1);
  });
});
