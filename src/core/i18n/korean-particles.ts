/**
 * Korean particles after a word the text does not know in advance (an offer or file name, a count):
 * catalogue text writes both forms, "이(가)", "을(를)", "은(는)", "와(과)", "(으)로", and the form that
 * fits the word before is chosen here, as a Korean reader expects, instead of showing both.
 */

/** The end of a word as Korean reads it aloud: no final consonant, ㄹ, or another one. */
type Ending = 'vowel' | 'rieul' | 'consonant';

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const RIEUL = 8;
// 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구.
const DIGITS: Ending[] = ['consonant', 'rieul', 'vowel', 'consonant', 'vowel', 'vowel', 'consonant', 'rieul', 'rieul', 'vowel'];

function endingOf(char: string): Ending | null {
  const code = char.codePointAt(0) ?? 0;
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) {
    const final = (code - HANGUL_FIRST) % 28;
    return final === 0 ? 'vowel' : final === RIEUL ? 'rieul' : 'consonant';
  }
  if (/[0-9]/.test(char)) return DIGITS[Number(char)]!;
  // Latin letters as their English names are read in Korean: el and ar end in ㄹ, em and en in a consonant.
  if (/[lr]/i.test(char)) return 'rieul';
  if (/[mn]/i.test(char)) return 'consonant';
  if (/[a-z]/i.test(char)) return 'vowel';
  return null;
}

const FORMS: Record<string, (ending: Ending) => string> = {
  '이(가)': (e) => (e === 'vowel' ? '가' : '이'),
  '을(를)': (e) => (e === 'vowel' ? '를' : '을'),
  '은(는)': (e) => (e === 'vowel' ? '는' : '은'),
  '와(과)': (e) => (e === 'vowel' ? '와' : '과'),
  '(으)로': (e) => (e === 'consonant' ? '으로' : '로'),
};

const PARTICLE = /이\(가\)|을\(를\)|은\(는\)|와\(과\)|\(으\)로/g;

/** Resolves each both-forms particle by the last letter or digit before it (quotes and brackets skipped). */
export function resolveParticles(text: string): string {
  return text.replace(PARTICLE, (particle: string, offset: number) => {
    for (let i = offset - 1; i >= 0; i--) {
      const char = text[i]!;
      if (/[\s]/.test(char)) break;
      const ending = endingOf(char);
      if (ending) return FORMS[particle]!(ending);
    }
    return particle;
  });
}
