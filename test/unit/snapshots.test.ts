import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/core/snapshots';

const base = { at: '2026-11-01T00:00:00Z', published: false, selectedOption: 2 as const, tenantIds: ['a', 'b'] };

describe('diffSnapshots', () => {
  it('finds the option, publication and partner changes', () => {
    const diff = diffSnapshots(base, { at: '2026-11-02T00:00:00Z', published: true, selectedOption: 3, tenantIds: ['b', 'c'] });
    expect(diff).toEqual({ optionChanged: { from: 2, to: 3 }, publishedChanged: { from: false, to: true }, added: ['c'], removed: ['a'] });
  });

  it('is empty for the same audience seen twice', () => {
    const diff = diffSnapshots(base, { ...base, at: '2026-11-03T00:00:00Z', tenantIds: ['a', 'b'] });
    expect(diff).toEqual({ added: [], removed: [] });
  });
});
