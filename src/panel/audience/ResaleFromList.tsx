/**
 * Takes the publisher's resale answers from a saved list's "Resold" column (SPEC §2.1: the answer
 * may come from a CSV) for the partners this offer concerns. Only yes and no are taken; unknown
 * never overwrites an answer.
 */
import { useState } from 'preact/hooks';
import type { Resale } from '../../core/audience';
import { useStored } from '../hooks/use-stored';
import { t, tn } from '../i18n';
import { storage } from '../worker-client';

export function ResaleFromList({ tenantIds, onAnswers }: { tenantIds: string[]; onAnswers: (answers: Record<string, Resale>) => void }) {
  const lists = useStored(() => storage().lists.listLists(), 'lists-changed', []);
  const [listId, setListId] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  if (lists.state !== 'ready' || lists.value.length === 0 || tenantIds.length === 0) return null;
  const chosen = lists.value.find((l) => l.id === listId) ?? lists.value[0]!;

  async function apply() {
    const answers = await storage().lists.resaleAnswers(chosen.id, tenantIds);
    onAnswers(answers);
    setStatus(tn('resaleFromListDone', Object.keys(answers).length, [chosen.name]));
  }

  return (
    <div class="button-row" data-testid="resale-from-list">
      <label for="resale-list">{t('resaleFromList')}</label>
      <select id="resale-list" value={chosen.id} onChange={(e) => setListId((e.currentTarget as HTMLSelectElement).value)}>
        {lists.value.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void apply()}>
        {t('resaleFromListApply')}
      </button>
      {status ? (
        <span role="status" class="muted">
          {status}
        </span>
      ) : null}
    </div>
  );
}
