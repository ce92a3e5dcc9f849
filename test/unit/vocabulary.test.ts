import { describe, expect, it } from 'vitest';
import { canonical, localeOf, matches, normalizeLabel, VOCABULARY } from '../../src/core/vocabulary';

describe('normalizeLabel', () => {
  it('folds whitespace including NBSP, case and a required marker', () => {
    expect(normalizeLabel('  Select\u00a0the   product VERSION *')).toBe('select the product version');
    expect(normalizeLabel('제품\u3000버전 선택:')).toBe('제품 버전 선택');
  });
});

describe('vocabulary', () => {
  it('matches portal variants in either language', () => {
    expect(matches('liveOfferManagement', 'Live 제품 관리')).toBe(true);
    expect(matches('updateExistingOffer', 'Update to existing offer', 'en')).toBe(true);
    expect(matches('updateExistingOffer', 'Update to existing offer', 'ko')).toBe(false);
    expect(matches('sync', 'CSP 대상\u00a0동기화')).toBe(true);
    expect(matches('sync', 'Sync')).toBe(false);
  });

  it('tells the locale of a label', () => {
    expect(localeOf('next', '다음')).toBe('ko');
    expect(localeOf('next', ' next ')).toBe('en');
    expect(localeOf('next', 'Weiter')).toBeNull();
  });

  it('writes the first variant, and every entry has both languages', () => {
    expect(canonical('titleValue', 'ko')).toBe('CSP 권한 부여 취소');
    expect(canonical('titleValue', 'en')).toBe('Deauthorize CSP');
    for (const [key, entry] of Object.entries(VOCABULARY)) {
      expect(entry.en.length, key).toBeGreaterThan(0);
      expect(entry.ko.length, key).toBeGreaterThan(0);
    }
  });
});
