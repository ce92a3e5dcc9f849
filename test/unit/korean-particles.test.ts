/** Korean particles chosen by the word before them, as a reader expects. */
import { describe, expect, it } from 'vitest';
import { resolveParticles } from '../../src/core/i18n/korean-particles';

describe('Korean particles', () => {
  it.each([
    ['누리 솔루션이(가) 재판매했나요?', '누리 솔루션이 재판매했나요?'],
    ['Proseware 클라우드이(가) 재판매했나요?', 'Proseware 클라우드가 재판매했나요?'],
    ['“resellers.csv”을(를) 가져올 수 없습니다', '“resellers.csv”를 가져올 수 없습니다'],
    ['2 · 특정 파트너에서 3 · 파트너 없음(으)로 변경', '2 · 특정 파트너에서 3 · 파트너 없음으로 변경'],
    ['옵션 1(으)로', '옵션 1로'],
    ['옵션 3(으)로', '옵션 3으로'],
    ['목록 “서울”(으)로', '목록 “서울”로'],
    ['Contoso은(는)', 'Contoso는'],
    ['Fabrikam와(과)', 'Fabrikam과'],
  ])('%s → %s', (text, expected) => {
    expect(resolveParticles(text)).toBe(expected);
  });

  it('leaves both forms where nothing readable comes before', () => {
    expect(resolveParticles('“”을(를)')).toBe('“”을(를)');
  });
});
