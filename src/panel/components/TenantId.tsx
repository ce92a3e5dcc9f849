/**
 * A tenant ID shortened to its first and last characters ("50ee1a47…8f57"), so that a narrow column
 * keeps it on one line at a readable size. The whole ID is what a screen reader reads, what hover or
 * keyboard focus shows, and what copying the text puts on the clipboard.
 */
export function shortTenantId(id: string): string {
  return id.length > 14 ? `${id.slice(0, 8)}…${id.slice(-4)}` : id;
}

export function TenantId({ id }: { id: string }) {
  return (
    <span
      class="tenant-id mono muted"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: focus shows the whole ID to keyboard users, as hover does to mouse users.
      tabIndex={0}
      onCopy={(event) => {
        event.preventDefault();
        event.clipboardData?.setData('text/plain', id);
      }}
    >
      <span aria-hidden="true">{shortTenantId(id)}</span>
      <span class="tenant-id__full">{id}</span>
    </span>
  );
}
