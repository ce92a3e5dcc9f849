import { describe, expect, it } from 'vitest';
import { applyOutcome, diffList, leftToPublisher, planApply } from '../../../src/core/apply/apply-plan';
import type { AudiencePage, Partner } from '../../../src/core/audience';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const partner = (n: number): Partner => ({ tenantId: id(n), name: `P${n}` });
const ref = (n: number) => ({ tenantId: id(n), name: `P${n}` });

const page = (published: boolean, selectedOption: 1 | 2 | 3 | null = 2): AudiencePage => ({
  locale: 'en',
  offerId: 'o',
  offerName: 'O',
  offerType: 'saas',
  published,
  selectedOption,
  partners: [],
  unsavedChanges: false,
});

describe('planApply', () => {
  const diff = diffList([partner(1), partner(2), partner(3)], [ref(2), ref(4)]);

  it('diffs a list against the table: to add, to remove, unchanged', () => {
    expect(diff).toEqual({ toAdd: [partner(1), partner(3)], addCount: 2, toRemove: [ref(4)], unchanged: 1 });
  });

  it('removes on the page only while the offer was never published', () => {
    expect(planApply(diff, page(false))).toMatchObject({ removeOnPage: [ref(4)], removeByRequest: [], block: null });
    expect(planApply(diff, page(true))).toMatchObject({ removeOnPage: [], removeByRequest: [ref(4)], block: null });
  });

  it('needs "Specific partners" selected, and says when there is nothing to do', () => {
    expect(planApply(diff, page(false, 1)).block).toBe('not-specific-partners');
    expect(planApply(diffList([partner(2)], [ref(2)]), page(true)).block).toBe('nothing-to-do');
  });
});

describe('applyOutcome', () => {
  const order = { add: [partner(1), partner(3)], remove: [ref(4)] };
  const run = { routes: ['import' as const], missing: [], cancelled: false };

  it('is what the table shows afterwards: a partner not on it is refused, by name', () => {
    const outcome = applyOutcome(order, new Set([id(2), id(4)]), new Set([id(1), id(2)]), run);
    expect(outcome).toMatchObject({ added: [ref(1)], removed: [ref(4)], refused: [ref(3)] });
  });

  it('refuses nothing after a cancel or a missing part: what was not reached was never asked', () => {
    const before = new Set([id(2), id(4)]);
    expect(applyOutcome(order, before, before, { ...run, cancelled: true }).refused).toEqual([]);
    expect(applyOutcome(order, before, before, { routes: [], missing: ['add-route'], cancelled: false }).refused).toEqual([]);
  });

  it('leaves saving (and syncing or publishing) to the publisher', () => {
    expect(leftToPublisher(true)).toEqual(['save-draft', 'sync']);
    expect(leftToPublisher(false)).toEqual(['save-draft', 'publish']);
  });
});
