import { textWidth } from '../text-width.ts';

// Runs of Latin letters, digits and their punctuation stay whole; every other character is its own token.
const tokens = /[A-Za-z0-9.%+\-/]+|./gsu;
const noLineStart = /^[，。、；：！？）》」』”’…%]/u;
const noLineEnd = /[“‘《（「『]$/u;

/** Breaks a title into lines no wider than `maxWidth` (estimated), keeping punctuation off the wrong end of a line. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(tokens) ?? []) {
    if (line && textWidth(line + token, fontSize) > maxWidth && !noLineStart.test(token)) {
      const carry = line.length > 1 && noLineEnd.test(line) ? line.slice(-1) : '';
      lines.push(line.slice(0, line.length - carry.length));
      line = carry + token.trimStart();
    } else {
      line += token;
    }
  }
  if (line) lines.push(line);
  return lines;
}
