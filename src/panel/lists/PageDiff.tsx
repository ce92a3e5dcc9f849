/** A saved list against the partner table on the audience page: what to add, what to remove, what is the same. */
import { useEffect, useState } from 'preact/hooks';
import type { AudiencePage } from '../../core/audience';
import { checkPagePartners } from '../../core/rules/page-partners';
import type { PageDiff as Diff } from '../../worker/lists-service';
import { t } from '../i18n';
import { storage } from '../worker-client';
import { PartnerRefList } from '../components/PartnerRefList';

export function PageDiff({ listId, page, version }: { listId: string; page: AudiencePage; version: number }) {
  const [diff, setDiff] = useState<Diff | null>(null);
  const onPage = checkPagePartners(page.partners).partners.map(({ tenantId, name }) => ({ tenantId, name }));
  const key = onPage.map((p) => p.tenantId).join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the page's tenant IDs: every reading is a new array.
  useEffect(() => {
    void storage().lists.diffAgainstPage(listId, onPage).then(setDiff);
  }, [listId, key, version]);
  if (!diff) return null;
  return (
    <details class="diff" data-testid="page-diff">
      <summary>{t('diffSummary', [String(diff.toAdd.length), String(diff.toRemove.length), String(diff.unchanged)])}</summary>
      <DiffSection title={t(page.published ? 'diffAddPublished' : 'diffAddDraft')} partners={diff.toAdd} testId="diff-add" />
      <DiffSection title={t(page.published ? 'diffRemovePublished' : 'diffRemoveDraft')} partners={diff.toRemove} testId="diff-remove" />
    </details>
  );
}

function DiffSection({ title, partners, testId }: { title: string; partners: { tenantId: string; name: string }[]; testId: string }) {
  if (partners.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <PartnerRefList partners={partners} testId={testId} />
    </>
  );
}
