/** How wide characters are, in em, for estimating a label's width without a DOM. */
export interface TextMetrics {
  /** Widths by character class; the first class that matches wins. */
  classes: readonly (readonly [RegExp, number])[];
  /** The width of a character no class matches. */
  other: number;
  /** Extra width where a character matching `at` meets one that does not (CSS text-autospace between CJK and Latin). */
  spacing?: { at: RegExp; em: number };
  /** Round the width up to a whole pixel. */
  roundUp?: boolean;
}

const ascii = /[\x20-\x7e]/;

/** Widths measured on Noto Sans CJK SC and rounded up, so that estimates never fall short: the timeline's labels and ticks. */
export const measuredMetrics: TextMetrics = {
  classes: [[/[^\x20-\x7e]/, 1], [/[iIjl.,:;'|!()[\]\s]/, 0.34], [/[A-Z%@&mwMW#]/, 0.94]],
  other: 0.6,
  spacing: { at: ascii, em: 0.125 },
  roundUp: true,
};

/** Printable ASCII about 0.6 em, everything else a full em: the figure charts' value labels. */
export const asciiMetrics: TextMetrics = { classes: [[ascii, 0.6]], other: 1 };

/** CJK and full-width characters a full em, everything else a little over half: the map's park and district names. */
export const cjkMetrics: TextMetrics = { classes: [[/[\u2e80-\u9fff\uff00-\uffef]/, 1]], other: 0.58 };

/** The estimated rendered width of a line of text in CSS pixels at a font size, by the given metrics. */
export function textWidth(text: string, fontSize: number, metrics: TextMetrics = measuredMetrics): number {
  const { classes, other, spacing, roundUp } = metrics;
  let em = 0;
  let previous: boolean | undefined;
  for (const ch of text) {
    em += classes.find(([pattern]) => pattern.test(ch))?.[1] ?? other;
    if (spacing) {
      const current = spacing.at.test(ch);
      if (previous !== undefined && previous !== current) em += spacing.em;
      previous = current;
    }
  }
  return roundUp ? Math.ceil(em * fontSize) : em * fontSize;
}

/** The text cut to at most `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
