/** The fill at a glance: fields that hold what they should, the ones left to the publisher, and whether both pages are done. */
import { describe, expect, it } from 'vitest';
import { isRemoval } from '../../../src/core/rules';
import { fillSummary, type FillReport } from '../../../src/core/support-request/fill-report';

const request: FillReport = {
  page: 'request',
  locale: 'en',
  fields: [
    { field: 'productVersion', status: 'filled' },
    { field: 'category', status: 'needs-user', candidates: ['A', 'B'] },
    { field: 'prefilled', status: 'kept-prefilled' },
    { field: 'next', status: 'filled' },
  ],
  userMustFill: [],
};
const details: FillReport = {
  page: 'details',
  locale: 'en',
  fields: [
    { field: 'title', status: 'filled' },
    { field: 'description', status: 'filled' },
  ],
  userMustFill: ['Severity'],
};

describe('fillSummary', () => {
  it('counts the fields set (not Next, not the dropdowns left as they were) and lists what is left', () => {
    expect(fillSummary([request])).toEqual({ filled: 1, left: [], complete: false });
    expect(fillSummary([request, details])).toEqual({ filled: 3, left: ['Severity'], complete: true });
  });
});

describe('isRemoval', () => {
  it('is a change that keeps specific partners', () => {
    expect(isRemoval({ from: 2, to: 2 })).toBe(true);
    expect(isRemoval({ from: 2, to: 3 })).toBe(false);
    expect(isRemoval({ from: null, to: null })).toBe(false);
  });
});
