/** Gives every link in the main content its absolute address, which the print stylesheet prints after the link text. */
export function markPrintUrls(root: ParentNode = document): void {
  for (const a of root.querySelectorAll<HTMLAnchorElement>('main a[href]:not([href^="#"])')) a.dataset.printUrl = a.href;
}

markPrintUrls();
