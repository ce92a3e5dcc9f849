/**
 * An in-memory search over one list: every partner's searchable text, lower-case, in one string, so
 * that a keystroke is one native scan of it rather than a scan of each partner's text (50,000 calls).
 */
import type { Partner } from '../core/audience';

/** Between a partner's fields, and between partners: no word typed holds either, so none spans them. */
const FIELD = '\u0001';
const PARTNER = '\u0002';

interface Haystack {
  text: string;
  /** Where each partner's text begins in `text`, in list order. */
  starts: Int32Array;
}

export class PartnerIndex {
  /** Built on the first search with words, not when the list is read: showing a list needs none. */
  private haystack: Haystack | null = null;

  constructor(readonly partners: Partner[]) {}

  /** Positions of the partners matching every word of the query, in list order. */
  search(query: string): number[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return this.partners.map((_, i) => i);
    this.haystack ??= this.build();
    const { text, starts } = this.haystack;
    // The longest word finds the candidates in one pass over the text; each candidate's own text is
    // then checked for the other words.
    const [first, ...rest] = [...words].sort((a, b) => b.length - a.length) as [string, ...string[]];
    const hits: number[] = [];
    // Hits come in text order: the partner holding each is found by walking on from the last one.
    let i = 0;
    for (let at = text.indexOf(first); at !== -1; ) {
      while (i + 1 < starts.length && starts[i + 1]! <= at) i++;
      const end = i + 1 < starts.length ? starts[i + 1]! : text.length;
      if (rest.length === 0 || rest.every((w) => text.slice(starts[i]!, end).includes(w))) hits.push(i);
      at = text.indexOf(first, end);
    }
    return hits;
  }

  private build(): Haystack {
    const parts = this.partners.map((p) =>
      `${p.name}${FIELD}${p.tenantId}${FIELD}${p.country ?? ''}${FIELD}${p.mpnId ?? ''}${PARTNER}`.toLowerCase(),
    );
    const starts = new Int32Array(parts.length);
    let at = 0;
    parts.forEach((part, i) => {
      starts[i] = at;
      at += part.length;
    });
    return { text: parts.join(''), starts };
  }
}
