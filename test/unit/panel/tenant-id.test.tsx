// @vitest-environment happy-dom
/** A tenant ID shortened for a narrow column: the short form shown, the whole ID read aloud, shown on focus, and copied. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { shortTenantId, TenantId } from '../../../src/panel/components/TenantId';

const ID = '50ee1a47-f62e-4e5d-a9f5-24730613a59e';
let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root = null;
});

async function shown(): Promise<HTMLElement> {
  const host = document.createElement('div');
  root = host;
  document.body.replaceChildren(host);
  await act(() => render(<TenantId id={ID} />, host));
  return host.querySelector<HTMLElement>('.tenant-id')!;
}

describe('TenantId', () => {
  it('shows the first eight and the last four characters, and leaves a short value whole', () => {
    expect(shortTenantId(ID)).toBe('50ee1a47…a59e');
    expect(shortTenantId('not-a-guid')).toBe('not-a-guid');
  });

  it('gives screen readers the whole ID and hides the short form from them', async () => {
    const element = await shown();
    expect(element.querySelector('[aria-hidden="true"]')?.textContent).toBe('50ee1a47…a59e');
    expect(element.querySelector('.tenant-id__full')?.textContent).toBe(ID);
  });

  it('can be focused, so keyboard users see the whole ID as mouse users do on hover', async () => {
    const element = await shown();
    element.focus();
    expect(document.activeElement).toBe(element);
  });

  it('puts the whole ID on the clipboard when its text is copied', async () => {
    const element = await shown();
    const data = new Map<string, string>();
    const event = new Event('copy', { bubbles: true, cancelable: true }) as ClipboardEvent;
    Object.defineProperty(event, 'clipboardData', { value: { setData: (type: string, value: string) => data.set(type, value) } });
    element.querySelector('[aria-hidden="true"]')!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(data.get('text/plain')).toBe(ID);
  });
});
