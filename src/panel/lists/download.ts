/** Saves text as a file through the browser's download, from the panel itself: nothing goes over the network. */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function safeFileName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in file names.
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim() || 'partners';
}
