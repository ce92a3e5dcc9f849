/**
 * For a request started on the support form itself: the publisher picks the offer — one the assistant
 * has seen, most recent first, or any offer by its ID — and the request (and so the description) is
 * completed with it.
 */
import { useState } from 'preact/hooks';
import type { SupportRequest } from '../../core/support-request/request';
import { useStored } from '../hooks/use-stored';
import { t } from '../i18n';
import { storage } from '../worker-client';

export function OfferPicker({
  onPick,
}: {
  onPick: (offer: Pick<SupportRequest, 'offerId' | 'offerName' | 'offerType' | 'from' | 'to'>) => void;
}) {
  const recent = useStored(() => storage().offers.recentOffers(), 'offers-changed', []);
  const [typedId, setTypedId] = useState('');

  async function pick(offerId: string) {
    const seen = recent.state === 'ready' ? recent.value.find((s) => s.offerId === offerId) : undefined;
    const facts = await storage().offers.getFacts(offerId);
    const to = seen?.selectedOption ?? null;
    onPick({
      offerId,
      offerName: seen?.offerName ?? offerId,
      offerType: facts.offerType ?? seen?.offerType ?? 'unknown',
      from: facts.liveOption,
      to: to === facts.liveOption ? null : to,
    });
  }

  return (
    <div class="offer-picker" data-testid="offer-picker">
      <p class="notice notice--warning">{t('offerNotChosen')}</p>
      {recent.state === 'ready' && recent.value.length > 0 ? (
        <div class="live-option">
          <label for="recent-offer">{t('offerPickSeen')}</label>{' '}
          <select id="recent-offer" value="" onChange={(e) => void pick((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('offerTypeChoose')}</option>
            {recent.value.map((s) => (
              <option key={s.offerId} value={s.offerId}>
                {s.offerName ? `${s.offerName} (${s.offerId})` : s.offerId}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <form
        class="live-option"
        onSubmit={(e) => {
          e.preventDefault();
          if (typedId.trim()) void pick(typedId.trim());
        }}
      >
        <label for="typed-offer">{t('offerPickId')}</label>{' '}
        <input id="typed-offer" value={typedId} onInput={(e) => setTypedId((e.currentTarget as HTMLInputElement).value)} />{' '}
        <button type="submit">{t('offerPickUse')}</button>
      </form>
    </div>
  );
}
