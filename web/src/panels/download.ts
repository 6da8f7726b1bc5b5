/** Saves a Blob or a URL as a file through a temporary link (the browser's own download). */
export function download(target: Blob | string, fileName: string): void {
  const href = typeof target === 'string' ? target : URL.createObjectURL(target);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  if (typeof target !== 'string') setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** Copies text to the clipboard; false when the browser refuses (no permission, insecure page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
