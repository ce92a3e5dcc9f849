/**
 * Where the assistant's words do not find the support form's fields (today's labels are not public,
 * SPEC §7), the publisher shows it which dropdown is which, once: after a fill stopped at a field it
 * did not find (asked of the form's tab), or, on a page it does not recognise as the form, when the
 * publisher says it is one (asked of the panel's tab).
 */
import { useEffect, useState } from 'preact/hooks';
import type { FillReport } from '../../core/support-request/fill-report';
import { sendToTab } from '../../messaging/send';
import { t } from '../i18n';
import { stoppedAtUnknownField } from './field-naming';
import { findSupportTab } from './find-support-tab';
import { NameFields } from './NameFields';

type Asked = { tabId: number; form: 'recognised' | 'unrecognised' };

/** The tab to ask, and whether it shows a form the assistant recognises; null when there is nothing to ask. */
function useAsked(stopped: boolean, panelTab: number | undefined): Asked | null {
  const [asked, setAsked] = useState<Asked | null>(null);
  useEffect(() => {
    let live = true;
    const next: Promise<Asked | null> = stopped
      ? findSupportTab(panelTab).then((id) => (id === null ? null : { tabId: id, form: 'recognised' }))
      : panelTab === undefined
        ? Promise.resolve(null)
        : sendToTab(panelTab, { type: 'ping' }).then((page) => (page.kind === 'other' ? { tabId: panelTab, form: 'unrecognised' } : null));
    void next.catch(() => null).then((value) => live && setAsked(value));
    return () => {
      live = false;
    };
  }, [stopped, panelTab]);
  return asked;
}

interface Props {
  tabId?: number;
  reports: FillReport[];
  onNamed: () => void;
}

export function UnknownLabels(props: Props) {
  // Counts answers: after each the page is asked again from the start (it may be a form the assistant recognises now).
  const [generation, setGeneration] = useState(0);
  const named = () => {
    setGeneration((g) => g + 1);
    props.onNamed();
  };
  return <Naming key={generation} {...props} onNamed={named} />;
}

function Naming({ tabId, reports, onNamed }: Props) {
  const asked = useAsked(stoppedAtUnknownField(reports), tabId);
  const [open, setOpen] = useState(false);
  if (!asked) return null;
  if (asked.form === 'recognised') {
    return (
      <section aria-labelledby="naming-heading" data-testid="unknown-fields">
        <h3 id="naming-heading">{t('namingTitle')}</h3>
        <NameFields tabId={asked.tabId} intro="namingIntroMissing" onNamed={onNamed} />
      </section>
    );
  }
  return (
    <section data-testid="unrecognised-form">
      <p class="muted">{t('namingOfferHint')}</p>
      <button type="button" aria-expanded={open} aria-controls="naming-form" onClick={() => setOpen(!open)} data-testid="say-support-form">
        {t('namingOffer')}
      </button>
      <div id="naming-form" hidden={!open}>
        {open ? <NameFields tabId={asked.tabId} intro="namingIntroForm" onNamed={onNamed} /> : null}
      </div>
    </section>
  );
}
