/**
 * Counts in words, singular and plural right in both languages. A message about a count has a
 * `<key>_one` and a `<key>_other` form, and pluralMessage picks the one the language's plural rules
 * call for (Korean gives both the same words). Here every message is rendered as it can be shown,
 * with each placeholder filled in turn by 1 and by 2: a count of one must never meet a plural noun
 * ("1 partners"), a singular form no plural word at all ("these partners", "them"), a count of two
 * no singular noun; and Korean counts partners with 곳, never with 명 or a plural 들.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { message, pluralMessage, type MessageKey, type UiLanguage } from '../../src/core/i18n/ui-messages';

const ROOT = resolve(import.meta.dirname, '../..');
const catalog = (language: UiLanguage): Record<string, { message: string; placeholders?: Record<string, { content: string }> }> =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', language, 'messages.json'), 'utf8'));

/** The things the UI counts, singular and plural. */
const NOUNS = [
  ['partner', 'partners'],
  ['list', 'lists'],
  ['offer', 'offers'],
  ['row', 'rows'],
  ['answer', 'answers'],
  ['record', 'records'],
  ['note', 'notes'],
  ['error', 'errors'],
  ['request', 'requests'],
  ['file', 'files'],
  ['item', 'items'],
  ['change', 'changes'],
  ['column', 'columns'],
  ['character', 'characters'],
  ['word', 'words'],
] as const;
const PLURALS = NOUNS.map(([, plural]) => plural).join('|');
const SINGULARS = NOUNS.map(([singular]) => singular).join('|');
/** Words that may stand between a count and its noun: "1 related note", "2 saved lists". */
const BETWEEN = '(?:(?:related|filed|saved|new|more) )?';

/** A plural noun after a count of one. */
const PLURAL_FOR_ONE = new RegExp(`\\b1 ${BETWEEN}(?:${PLURALS})\\b`, 'i');
/**
 * In a message about one thing (a singular form), a plural noun or pronoun anywhere: "These partners…",
 * "Put them back". ("A row with errors" is one row, whatever is wrong in it.)
 */
const PLURAL_IN_SINGULAR = new RegExp(`(?<!with )\\b(?:${PLURALS}|these|those|they|them)\\b`, 'i');
/** A singular noun after a count of two: "2 partner". */
const SINGULAR_FOR_TWO = new RegExp(`\\b2 ${BETWEEN}(?:${SINGULARS})\\b`, 'i');
/** Korean: partners are counted with 곳; 명 counts people, and 들 makes a noun plural. */
const KOREAN_WRONG = /\d+\s*명|(?:파트너|제품|목록|항목|요청|답변|행|열|기록)들/;

const en = catalog('en');
const keys = Object.keys(en) as MessageKey[];
/** Keys with a singular and a plural form (PluralKey's rule: "pageKind_other" alone is no plural). */
const pluralBases = new Set(
  keys.filter((k) => k.endsWith('_other') && `${k.slice(0, -'_other'.length)}_one` in en).map((k) => k.slice(0, -'_other'.length)),
);
const isPluralForm = (k: string) => pluralBases.has(k.replace(/_(one|other)$/, ''));
const placeholderCount = (key: string) => Object.keys(en[key]?.placeholders ?? {}).length;

/** The message with placeholder `n` (1-based) set to `value` and the others to neutral words. */
function rendered(language: UiLanguage, key: MessageKey, n: number, value: string): string {
  const values = Array.from({ length: placeholderCount(key) }, (_, i) => (i + 1 === n ? value : `X${i + 1}`));
  return message(language, key, values);
}

/** Every way a message can meet a count: each placeholder filled by the count in turn. */
function renderings(language: UiLanguage, key: MessageKey, value: string): string[] {
  return Array.from({ length: placeholderCount(key) }, (_, i) => rendered(language, key, i + 1, value));
}

describe('counts in messages', () => {
  it.each([
    { count: 1, skipped: '_other', inMessage: PLURAL_FOR_ONE, inPluralForm: PLURAL_IN_SINGULAR, wrong: 'a plural noun' },
    { count: 2, skipped: '_one', inMessage: SINGULAR_FOR_TWO, inPluralForm: SINGULAR_FOR_TWO, wrong: 'a singular noun' },
  ])('never uses $wrong for a count of $count, in English', ({ count, skipped, inMessage, inPluralForm }) => {
    const wrong = keys
      // A plural key's other form is never shown for this count.
      .filter((k) => !(isPluralForm(k) && k.endsWith(skipped)))
      .flatMap((k) => renderings('en', k, String(count)).filter((text) => inMessage.test(text)))
      .concat([...pluralBases].map((base) => pluralMessage('en', base as never, count)).filter((text) => inPluralForm.test(text)));
    expect(wrong).toEqual([]);
  });

  it('counts partners with 곳 and never makes a noun plural with 들, in Korean', () => {
    const wrong = keys.flatMap((k) => [...renderings('ko', k, '1'), ...renderings('ko', k, '2')]).filter((text) => KOREAN_WRONG.test(text));
    expect(wrong).toEqual([]);
  });

  it('catches what it is meant to (so a pass means something)', () => {
    expect(PLURAL_FOR_ONE.test('1 related notes')).toBe(true);
    expect(PLURAL_IN_SINGULAR.test('Put them back on the page')).toBe(true);
    expect(PLURAL_IN_SINGULAR.test('This partner has resold the offer')).toBe(false);
    expect(PLURAL_FOR_ONE.test('1 partner added')).toBe(false);
    expect(SINGULAR_FOR_TWO.test('Import 2 partner into “A”')).toBe(true);
    expect(SINGULAR_FOR_TWO.test('2 partners')).toBe(false);
    expect(KOREAN_WRONG.test('파트너 1명을 추가했습니다')).toBe(true);
    expect(KOREAN_WRONG.test('이 파트너들이 제품을 재판매했습니다')).toBe(true);
    expect(KOREAN_WRONG.test('파트너 1곳을 추가했습니다')).toBe(false);
  });
});
