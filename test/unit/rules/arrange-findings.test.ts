/** One next step per problem: moot findings folded into the one that blocks, notes under "Good to know". */
import { describe, expect, it } from 'vitest';
import { arrangeFindings, type Finding } from '../../../src/core/rules';

const f = (code: Finding['code'], severity: Finding['severity']): Finding => ({ code, severity, params: {} });

describe('arranging findings', () => {
  it('folds saving and resale questions into a change that is blocked by a partner who resold', () => {
    const blocked = f('transition.blocked-resold', 'error');
    const unsaved = f('draft.unsaved', 'warning');
    const unknown = f('transition.resale-unknown', 'warning');
    const region = f('region.scope', 'info');
    const arranged = arrangeFindings([blocked, unsaved, unknown, region]);
    expect(arranged.main).toEqual([{ finding: blocked, folded: [unsaved, unknown] }]);
    expect(arranged.goodToKnow).toEqual([region]);
  });

  it('keeps every warning in view when nothing blocks, and notes apart', () => {
    const unsaved = f('draft.unsaved', 'warning');
    const unknown = f('transition.resale-unknown', 'warning');
    const optin = f('optin.listing-requirements', 'info');
    expect(arrangeFindings([unsaved, unknown, optin])).toEqual({
      main: [
        { finding: unsaved, folded: [] },
        { finding: unknown, folded: [] },
      ],
      goodToKnow: [optin],
    });
  });

  it('keeps a note with a next step in view', () => {
    const typeUnknown: Finding = {
      ...f('offer.type-unknown', 'info'),
      next: { action: 'choose-offer-type', kind: 'focus', field: { kind: 'offer-type' } },
    };
    const region = f('region.scope', 'info');
    expect(arrangeFindings([typeUnknown, region])).toEqual({ main: [{ finding: typeUnknown, folded: [] }], goodToKnow: [region] });
  });

  it('folds saving a change that only a support request can make into that request', () => {
    const request = f('transition.support-request', 'warning');
    const unsaved = f('draft.unsaved', 'warning');
    expect(arrangeFindings([request, unsaved]).main).toEqual([{ finding: request, folded: [unsaved] }]);
  });
});
