import { wordBreak } from './han.ts';

const markup = /(<!--[\s\S]*?-->|<[^>]*>)/;
const hanPair = /(\p{Script=Han})(?=\p{Script=Han})/gu;

/**
 * Puts a word break between every two adjacent Han characters in the text of an HTML page, leaving tags and
 * attributes alone, so that Pagefind indexes each character as a word instead of jieba's guess at words.
 */
export function separateHan(html: string): string {
  return html
    .split(markup)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(hanPair, `$1${wordBreak}`)))
    .join('');
}
