/** The partners of one saved list: pages of them, search, edits, and comparisons with a page or an offer. */
import { diffList, type PageDiff } from '../core/apply/apply-plan';
import type { Partner, PartnerRef } from '../core/audience';
import type { ListStorage } from './list-storage';

export interface ListPage {
  total: number;
  offset: number;
  rows: Partner[];
}

export class PartnersService {
  constructor(private readonly storage: ListStorage) {}

  async getPartners(listId: string, offset: number, limit: number): Promise<ListPage> {
    return this.search(listId, '', offset, limit);
  }

  async search(listId: string, query: string, offset = 0, limit = 100): Promise<ListPage> {
    const index = await this.storage.index(listId);
    const hits = index.search(query);
    return { total: hits.length, offset, rows: hits.slice(offset, offset + limit).map((i) => index.partners[i]!) };
  }

  async allPartners(listId: string): Promise<Partner[]> {
    return this.storage.partners(listId);
  }

  /**
   * A list's own answers to "has this partner resold?" (its Resold column) for the partners asked
   * about: yes and no only, never unknown. The panel asks for a few, not for the whole list.
   */
  async resaleAnswers(listId: string, tenantIds: string[]): Promise<Record<string, 'yes' | 'no'>> {
    const partners = await this.storage.partners(listId);
    const asked = new Set(tenantIds);
    const answers: Record<string, 'yes' | 'no'> = {};
    for (const p of partners) if (asked.has(p.tenantId) && (p.resold === 'yes' || p.resold === 'no')) answers[p.tenantId] = p.resold;
    return answers;
  }

  async upsertPartner(listId: string, partner: Partner): Promise<void> {
    const list = await this.storage.requireList(listId);
    const partners = [...(await this.storage.partners(listId))];
    const at = partners.findIndex((p) => p.tenantId === partner.tenantId);
    if (at >= 0) partners[at] = partner;
    else partners.push(partner);
    await this.storage.writePartners(list, partners);
  }

  async removePartners(listId: string, tenantIds: string[]): Promise<number> {
    const list = await this.storage.requireList(listId);
    const gone = new Set(tenantIds);
    const before = await this.storage.partners(listId);
    const after = before.filter((p) => !gone.has(p.tenantId));
    await this.storage.writePartners(list, after);
    return before.length - after.length;
  }

  /** Does the list hold exactly these tenant IDs? */
  async holdsExactly(listId: string, tenantIds: readonly string[]): Promise<boolean> {
    const partners = await this.storage.partners(listId);
    if (partners.length !== tenantIds.length) return false;
    const wanted = new Set(tenantIds);
    return partners.every((p) => wanted.has(p.tenantId));
  }

  /** With `shown`, the partners to add are the first ones only (their count stays whole): for a view. */
  async diffAgainstPage(listId: string, page: PartnerRef[], shown?: number): Promise<PageDiff> {
    return diffList(await this.storage.partners(listId), page, shown);
  }
}
