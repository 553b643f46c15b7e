// Widths in em, measured on Noto Sans CJK SC and rounded up so that estimates never fall short.
const narrow = /[iIjl.,:;'|!()[\]\s]/;
const wide = /[A-Z%@&mwMW#]/;
const ascii = /[\x20-\x7e]/;

/** An upper bound of the rendered width of a label in CSS pixels, without a DOM. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  let previousAscii: boolean | undefined;
  for (const ch of text) {
    const isAscii = ascii.test(ch);
    em += !isAscii ? 1 : narrow.test(ch) ? 0.34 : wide.test(ch) ? 0.94 : 0.6;
    // text-autospace inserts an eighth of an em where CJK meets Latin letters or digits.
    if (previousAscii !== undefined && previousAscii !== isAscii) em += 0.125;
    previousAscii = isAscii;
  }
  return Math.ceil(em * fontSize);
}

/** The text cut to at most `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
