/** A saved list against the partner table on the audience page: what to add, what to remove, what is the same. */
import { useEffect, useState } from 'preact/hooks';
import type { AudiencePage, PartnerRef } from '../../core/audience';
import { checkPagePartners } from '../../core/rules/page-partners';
import type { PageDiff as Diff } from '../../core/apply/apply-plan';
import { t } from '../i18n';
import { storage } from '../worker-client';
import { PartnerRefList } from '../components/PartnerRefList';
import { ApplyToOffer } from './ApplyToOffer';

/** The partners to add that the view shows (PartnerRefList's limit); the apply reads them all. */
const SHOWN = 200;

export function PageDiff(props: { listId: string; page: AudiencePage; version: number; tabId: number; frame: string }) {
  const { listId, page, version, tabId } = props;
  const onPage = checkPagePartners(page.partners).partners.map(({ tenantId, name }) => ({ tenantId, name }));
  const key = `${listId}|${version}|${onPage.map((p) => p.tenantId).join()}`;
  // Kept with what it compared: while a new one is on its way, the last one stays in view (no flicker)
  // but is marked busy, and can't be applied.
  const [computed, setComputed] = useState<{ key: string; diff: Diff } | null>(null);
  // The lists are drawn once the publisher opens them: a new list's 200 partners to add, each with its
  // copy button, took ~15 ms of the panel's thread (a frame missed) for a disclosure shown closed.
  const [open, setOpen] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by list, version and the page's tenant IDs: every reading is a new array.
  useEffect(() => {
    void storage()
      .lists.diffAgainstPage(listId, onPage, SHOWN)
      .then((diff) => setComputed({ key, diff }));
  }, [key]);
  if (!computed) return null;
  const { diff } = computed;
  const fresh = computed.key === key;
  return (
    <>
      <details
        class="diff"
        data-testid="page-diff"
        aria-busy={!fresh}
        open={open}
        onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>{t('diffSummary', [String(diff.addCount), String(diff.toRemove.length), String(diff.unchanged)])}</summary>
        {open ? (
          <>
            <DiffSection
              title={t(page.published ? 'diffAddPublished' : 'diffAddDraft')}
              partners={diff.toAdd}
              total={diff.addCount}
              testId="diff-add"
            />
            <DiffSection
              title={t(page.published ? 'diffRemovePublished' : 'diffRemoveDraft')}
              partners={diff.toRemove}
              testId="diff-remove"
            />
          </>
        ) : null}
      </details>
      <ApplyToOffer diff={diff} onPage={onPage} fresh={fresh} page={page} tabId={tabId} frame={props.frame} listId={listId} />
    </>
  );
}

function DiffSection(props: { title: string; partners: PartnerRef[]; total?: number; testId: string }) {
  if (props.partners.length === 0) return null;
  return (
    <>
      <h4>{props.title}</h4>
      <PartnerRefList partners={props.partners} total={props.total} testId={props.testId} />
    </>
  );
}
