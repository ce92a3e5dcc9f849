/** An in-memory search over one list: a lower-case haystack per partner, scanned on each keystroke. */
import type { Partner } from '../core/audience';

export class PartnerIndex {
  /** Built on the first search with words, not when the list is read: showing a list needs none. */
  private haystacks: string[] | null = null;

  constructor(readonly partners: Partner[]) {}

  /** Positions of the partners matching every word of the query, in list order. */
  search(query: string): number[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return this.partners.map((_, i) => i);
    this.haystacks ??= this.partners.map((p) => `${p.name}\u0001${p.tenantId}\u0001${p.country ?? ''}\u0001${p.mpnId ?? ''}`.toLowerCase());
    const hits: number[] = [];
    for (let i = 0; i < this.haystacks.length; i++) {
      const hay = this.haystacks[i]!;
      if (words.every((w) => hay.includes(w))) hits.push(i);
    }
    return hits;
  }
}
