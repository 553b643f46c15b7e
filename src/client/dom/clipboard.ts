/** Copies text to the clipboard; falls back to a hidden textarea where the Clipboard API is missing. Resolves to whether it worked. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = Object.assign(document.createElement('textarea'), { value: text, readOnly: true });
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** Says something to screen-reader users through a live region, then clears it so the same message can be said again. */
export function announce(region: Element | null, message: string): void {
  if (!region) return;
  region.textContent = message;
  setTimeout(() => (region.textContent = ''), 4000);
}
