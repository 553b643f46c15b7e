const han = /\p{Script=Han}/gu;
const latinWords = /[A-Za-z0-9][A-Za-z0-9.+\-%]*/g;

/** Characters Chinese-style: each Han character counts one, each run of Latin letters or digits (5G, KX-6000, 2020) counts one; punctuation does not count. */
export function countCharacters(text: string): number {
  return (text.match(han)?.length ?? 0) + (text.match(latinWords)?.length ?? 0);
}

/** Reading speed for Chinese prose, in characters a minute. */
export const CHARACTERS_PER_MINUTE = 400;

/** Length and reading time of a text: at least one minute. */
export function readingTime(text: string, perMinute = CHARACTERS_PER_MINUTE): { characters: number; minutes: number } {
  const characters = countCharacters(text);
  return { characters, minutes: Math.max(1, Math.round(characters / perMinute)) };
}

/** The reading time in Chinese, e.g. 全文约3200字，阅读约8分钟. Counts above 1000 are rounded to the hundred. */
export function readingTimeLabel({ characters, minutes }: { characters: number; minutes: number }): string {
  const shown = characters >= 1000 ? Math.round(characters / 100) * 100 : characters;
  return `全文约${shown}字，阅读约${minutes}分钟`;
}
