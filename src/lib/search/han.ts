/** One Han (Chinese) character. */
export const hanCharacter = /\p{Script=Han}/u;

/** A run of letters and digits that is not Han: Latin words, numbers, model names. */
export const alphanumericRun = /[\p{L}\p{N}\p{M}]/u;

/** The zero-width space Pagefind writes between the words of Chinese text. */
export const wordBreak = '\u200B';

/** True if the text holds at least one Han character. */
export const hasHan = (text: string) => hanCharacter.test(text);
