/**
 * The labels the publisher named the support form's fields by, in extension storage: one answer per
 * form language, merged over the earlier one, checked on every read.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { STORAGE_KEYS } from '../../../src/storage/keys';
import { installFakeStorage } from '../../support/fake-extension-storage';

const data = installFakeStorage();
// Imported after the fake is in place: the module binds the extension API when loaded.
let labels: typeof import('../../../src/storage/field-labels');
beforeAll(async () => {
  labels = await import('../../../src/storage/field-labels');
});
beforeEach(() => data.clear());

describe('field labels', () => {
  it('remembers nothing until the publisher answers', async () => {
    expect(await labels.fieldLabels.get()).toEqual({});
  });

  it('keeps each language apart, and a field not named in a later answer keeps its label', async () => {
    await labels.rememberFieldLabels('en', { problemField: 'Choose one' });
    await labels.rememberFieldLabels('ko', { problemField: '하나 선택' });
    await labels.rememberFieldLabels('en', { productVersionField: 'Product' });
    await labels.rememberFieldLabels('en', { problemField: 'Pick one' });
    expect(await labels.fieldLabels.get()).toEqual({
      en: { productVersionField: 'Product', problemField: 'Pick one' },
      ko: { problemField: '하나 선택' },
    });
    expect(data.get(STORAGE_KEYS.fieldLabels)).toEqual(await labels.fieldLabels.get());
  });

  it('tells its listeners of an answer (the content script reads the page again with it)', async () => {
    const heard: unknown[] = [];
    const off = labels.fieldLabels.onChange((value) => heard.push(value));
    await labels.rememberFieldLabels('en', { categoryField: 'Offer kind' });
    off();
    await labels.rememberFieldLabels('en', { problemField: 'Choose one' });
    expect(heard).toEqual([{ en: { categoryField: 'Offer kind' } }]);
  });

  it('reads damaged or foreign storage as no answer: an unknown language or field, a blank or non-text label', async () => {
    for (const damaged of [
      { de: { problemField: 'Problem' } },
      { en: { titleField: 'Title' } },
      { en: { problemField: '   ' } },
      { en: { problemField: 3 } },
      'Choose one',
    ]) {
      data.set(STORAGE_KEYS.fieldLabels, damaged);
      expect(await labels.fieldLabels.get(), JSON.stringify(damaged)).toEqual({});
    }
  });
});
