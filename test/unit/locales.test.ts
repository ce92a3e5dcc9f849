/** Every UI string exists in both languages and formats fully; every key the code asks for is checked by tsc (MessageKey). */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage, message, pluralMessage, uiLanguageOf, type MessageKey } from '../../src/core/i18n/ui-messages';

const ROOT = resolve(import.meta.dirname, '../..');

function messages(locale: string): Record<string, { message: string; placeholders?: Record<string, unknown> }> {
  return JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'));
}

describe('locales', () => {
  const en = messages('en');
  const ko = messages('ko');

  it('have the same keys in English and Korean', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty message, and Korean text that is really translated', () => {
    for (const [key, value] of Object.entries(en)) expect(value.message.trim(), key).not.toBe('');
    const untranslated = Object.keys(en).filter((k) => ko[k]?.message === en[k]?.message && /[a-z]{4}/i.test(en[k]?.message ?? ''));
    expect(untranslated).toEqual([]);
  });

  it('keep the same placeholders in both languages', () => {
    for (const key of Object.keys(en)) {
      expect(Object.keys(ko[key]?.placeholders ?? {}), key).toEqual(Object.keys(en[key]?.placeholders ?? {}));
    }
  });

  it('format every message with its placeholders filled and no `$NAME$` left', () => {
    for (const language of ['en', 'ko'] as const) {
      for (const key of Object.keys(en) as MessageKey[]) {
        const text = message(language, key, ['A1', 'B2', 'C3', 'D4', 'E5']);
        expect(text.trim(), `${language}:${key}`).not.toBe('');
        expect(text, `${language}:${key}`).not.toMatch(/\$[A-Za-z0-9_]+\$/);
      }
    }
  });
});

describe('formatMessage (chrome.i18n semantics)', () => {
  it('puts substitutions where named placeholders point, in any case, and keeps $$ as a dollar', () => {
    const entry = { message: 'Moved $P2$ to $p1$ for $$5', placeholders: { p1: { content: '$1' }, P2: { content: '“$2”' } } };
    expect(formatMessage(entry, ['list A', 'Contoso'])).toBe('Moved “Contoso” to list A for $5');
  });

  it('takes one substitution as a string, and leaves an unknown $NAME$ as written', () => {
    expect(formatMessage({ message: '$COUNT$ saved, $OTHER$', placeholders: { count: { content: '$1' } } }, '3')).toBe('3 saved, $OTHER$');
  });

  it('reads the language from the browser UI language', () => {
    expect(uiLanguageOf('ko')).toBe('ko');
    expect(uiLanguageOf('ko-KR')).toBe('ko');
    expect(uiLanguageOf('en-US')).toBe('en');
    expect(uiLanguageOf('de')).toBe('en');
  });
});

describe('counts in messages', () => {
  it('take the plural form of the language, and the number its grouping', () => {
    expect(pluralMessage('en', 'searchCount', 1)).toBe('1 partner');
    expect(pluralMessage('en', 'searchCount', 0)).toBe('0 partners');
    expect(pluralMessage('en', 'searchCount', 200_000)).toBe('200,000 partners');
    expect(pluralMessage('en', 'importDone', 1, ['Korea'])).toBe('Imported 1 partner into “Korea”.');
    expect(pluralMessage('ko', 'searchCount', 1)).toBe('파트너 1곳');
    expect(pluralMessage('ko', 'searchCount', 300_000)).toBe('파트너 300,000곳');
  });
});
