/**
 * Adds a partner to the list, or changes one: a tenant ID already in the list is updated, never listed
 * twice. Behind an "Add partner" button, so the list itself is what the tool shows first; a partner's
 * ✎ opens it too.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Partner } from '../../core/audience';
import { parseTenantId } from '../../core/tenant-id';
import { useReturnFocus } from '../hooks/use-return-focus';
import { t } from '../i18n';

/** A field with its label shown above it: a placeholder is no label once the user has typed. */
function TextField(props: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  invalid?: boolean;
  short?: boolean;
  autoFocus?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  // The form opens on a button press: typing goes on in its first field.
  useLayoutEffect(() => {
    if (props.autoFocus) input.current?.focus();
  }, [props.autoFocus]);
  return (
    <label class={props.short ? 'field field--short' : 'field'}>
      <span class="field__label">{props.label}</span>
      <input
        ref={input}
        type="text"
        value={props.value}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
        aria-invalid={props.invalid ?? false}
      />
    </label>
  );
}

export function PartnerAdder(props: { editing: Partner | null; onSave: (partner: Partner) => Promise<unknown>; onDone: () => void }) {
  const [adding, setAdding] = useState(false);
  const open = adding || props.editing !== null;
  const button = useReturnFocus(open);
  const close = () => {
    setAdding(false);
    props.onDone();
  };
  if (!open)
    return (
      <button type="button" ref={button} onClick={() => setAdding(true)} data-testid="add-partner">
        {t('partnerAdd')}
      </button>
    );
  return (
    <PartnerForm
      key={props.editing?.tenantId ?? 'new'}
      editing={props.editing}
      onSave={async (partner) => {
        await props.onSave(partner);
        // A change is one partner; adding may go on with the next one.
        if (props.editing) close();
      }}
      onClose={close}
    />
  );
}

function PartnerForm(props: { editing: Partner | null; onSave: (partner: Partner) => Promise<void>; onClose: () => void }) {
  const { editing, onSave } = props;
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
    <form
      class="partner-form"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
      aria-label={t(editing ? 'partnerFormChangeLabel' : 'partnerFormLabel')}
      data-testid="partner-form"
    >
      <TextField label={t('column_tenantId')} value={tenantId} onInput={setTenantId} invalid={error !== null} autoFocus />
      <TextField label={t('column_name')} value={name} onInput={setName} />
      <TextField label={t('column_country')} value={country} onInput={setCountry} short />
      <div class="partner-form__buttons">
        <button type="submit" class="primary">
          {t(editing ? 'partnerSave' : 'partnerAddSubmit')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t(editing ? 'cancel' : 'close')}
        </button>
      </div>
      {error ? (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
