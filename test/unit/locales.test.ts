/** Every UI string exists in both languages, and every key the code asks for exists. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function messages(locale: string): Record<string, { message: string; placeholders?: Record<string, unknown> }> {
  return JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
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

  it('define every literal key the code passes to t()', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((key) => !(key in en)).sort()).toEqual([]);
  });
});
