/** Adds a partner to the list, or changes one: a tenant ID already in the list is updated, never listed twice. */
import { useState } from 'preact/hooks';
import type { Partner } from '../../core/audience';
import { parseTenantId } from '../../core/tenant-id';
import { t } from '../i18n';

/** A field with its label shown above it: a placeholder is no label once the user has typed. */
function TextField(props: { label: string; value: string; onInput: (value: string) => void; invalid?: boolean; short?: boolean }) {
  return (
    <label class={props.short ? 'field field--short' : 'field'}>
      <span class="field__label">{props.label}</span>
      <input
        type="text"
        value={props.value}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
        aria-invalid={props.invalid ?? false}
      />
    </label>
  );
}

export function PartnerForm({ editing, onSave }: { editing: Partner | null; onSave: (partner: Partner) => Promise<void> }) {
  // The parent keys this form by the partner being edited, so these start from it on every change.
  const [tenantId, setTenantId] = useState(editing?.tenantId ?? '');
  const [name, setName] = useState(editing?.name ?? '');
  const [country, setCountry] = useState(editing?.country ?? '');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    const parsed = parseTenantId(tenantId);
    if (!parsed.ok) return setError(t(parsed.reason === 'empty' ? 'partnerTenantMissing' : 'partnerTenantInvalid'));
    const partner: Partner = { ...(editing?.tenantId === parsed.tenantId ? editing : {}), tenantId: parsed.tenantId, name: name.trim() };
    if (country.trim()) partner.country = country.trim();
    else delete partner.country;
    await onSave(partner);
    setTenantId('');
    setName('');
    setCountry('');
    setError(null);
  }

  return (
    <form class="partner-form" onSubmit={(e) => void submit(e)} aria-label={t('partnerFormLabel')} data-testid="partner-form">
      <TextField label={t('column_tenantId')} value={tenantId} onInput={setTenantId} invalid={error !== null} />
      <TextField label={t('column_name')} value={name} onInput={setName} />
      <TextField label={t('column_country')} value={country} onInput={setCountry} short />
      <button type="submit">{t(editing ? 'partnerSave' : 'partnerAdd')}</button>
      {error ? (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
