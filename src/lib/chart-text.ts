// Charts are laid out at build time, without a browser to measure text: widths are estimated per character.
const narrow = /[\x20-\x7e]/;

/** Approximate width of a line of text at a font size: CJK and full-width characters take 1em, ASCII about 0.6em. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += narrow.test(ch) ? 0.6 : 1;
  return em * fontSize;
}
