const han = /\p{Script=Han}/gu;
const listItem = /^\s*(?:[-*+]|\d+[.)])\s/;

/** Share (0–1) of a Markdown text's Chinese characters that stand in list items, bulleted or numbered. */
export function listShare(markdown: string): number {
  let all = 0;
  let listed = 0;
  let inItem = false;
  for (const line of markdown.split('\n')) {
    const n = line.match(han)?.length ?? 0;
    // A list item goes on over its indented continuation lines; a blank or unindented line ends it.
    if (listItem.test(line)) inItem = true;
    else if (!/^\s+\S/.test(line)) inItem = false;
    all += n;
    if (inItem) listed += n;
  }
  return all === 0 ? 0 : listed / all;
}
