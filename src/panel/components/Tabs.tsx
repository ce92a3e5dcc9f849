/**
 * An accessible tab bar: arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern). One row
 * that never wraps: each tab reserves the width of its bold (selected) label, so choosing one moves none.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabSpec<K extends string> {
  key: K;
  label: string;
  badge?: string | undefined;
}

export function Tabs<K extends string>(props: {
  tabs: TabSpec<K>[];
  selected: K;
  onSelect: (key: K) => void;
  label: string;
  children: ComponentChildren;
}) {
  const refs = useRef<Partial<Record<K, HTMLButtonElement | null>>>({});
  const keys = props.tabs.map((t) => t.key);

  function onKeyDown(event: KeyboardEvent) {
    const index = keys.indexOf(props.selected);
    const target =
      event.key === 'ArrowRight'
        ? keys[(index + 1) % keys.length]
        : event.key === 'ArrowLeft'
          ? keys[(index - 1 + keys.length) % keys.length]
          : event.key === 'Home'
            ? keys[0]
            : event.key === 'End'
              ? keys[keys.length - 1]
              : undefined;
    if (target === undefined) return;
    event.preventDefault();
    props.onSelect(target);
    refs.current[target]?.focus();
  }

  return (
    <>
      <div class="tabs" role="tablist" aria-label={props.label} onKeyDown={onKeyDown}>
        {props.tabs.map((tab) => (
          <button
            key={tab.key}
            ref={(el) => {
              refs.current[tab.key] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.key}`}
            aria-selected={tab.key === props.selected}
            aria-controls={`tabpanel-${tab.key}`}
            tabIndex={tab.key === props.selected ? 0 : -1}
            class="tabs__tab"
            data-label={tab.label}
            onClick={() => props.onSelect(tab.key)}
          >
            {tab.label}
            {tab.badge ? <span class="tabs__badge">{tab.badge}</span> : null}
          </button>
        ))}
      </div>
      <div class="tabs__panel" role="tabpanel" id={`tabpanel-${props.selected}`} aria-labelledby={`tab-${props.selected}`}>
        {props.children}
      </div>
    </>
  );
}
