/** When the panel asks which dropdown is which, about which fields, and what an answer needs. */
import { describe, expect, it } from 'vitest';
import type { FillReport } from '../../../src/core/support-request/fill-report';
import { fieldsToName, namingProblem, stoppedAtUnknownField } from '../../../src/panel/support/field-naming';

const report = (page: FillReport['page'], fields: FillReport['fields']): FillReport => ({
  page,
  locale: 'en',
  fields,
  userMustFill: [],
});

describe('field naming', () => {
  it('asks after a fill of the first page stopped at one of its three fields, not found', () => {
    const stopped = report('request', [
      { field: 'productVersion', status: 'filled' },
      { field: 'category', status: 'filled' },
      { field: 'problem', status: 'not-found' },
    ]);
    expect(stoppedAtUnknownField([stopped])).toBe(true);
    expect(stoppedAtUnknownField([])).toBe(false);
    // An option missing, or a details-page field not found, is not a field to name.
    expect(stoppedAtUnknownField([report('request', [{ field: 'productVersion', status: 'option-missing' }])])).toBe(false);
    expect(stoppedAtUnknownField([report('details', [{ field: 'title', status: 'not-found' }])])).toBe(false);
  });

  it('asks about the fields the page does not find now', () => {
    expect(fieldsToName({ productVersionField: 'Select the product version', categoryField: 'Select a category' })).toEqual([
      'problemField',
    ]);
    expect(fieldsToName({})).toEqual(['productVersionField', 'categoryField', 'problemField']);
  });

  it('takes an answer with one dropdown per field, the product version named where the page lacks it', () => {
    const found = { productVersionField: 'Select the product version' };
    expect(namingProblem({ problemField: 'Choose one' }, found)).toBeNull();
    expect(namingProblem({}, found)).toBe('namingNothingChosen');
    expect(namingProblem({ categoryField: 'Choose one', problemField: 'Choose one' }, found)).toBe('namingSameTwice');
    // On a page the assistant does not recognise, the form is recognised by its product version.
    expect(namingProblem({ problemField: 'Choose one' }, {})).toBe('namingNeedVersion');
    expect(namingProblem({ productVersionField: 'Version' }, {})).toBeNull();
  });
});
