import { hanCharacter, wordBreak } from './han.ts';

const markup = /(<!--[\s\S]*?-->|<[^>]*>)/;
const hanPair = /(\p{Script=Han})(?=\p{Script=Han})/gu;
const endsInHan = /\p{Script=Han}$/u;

/**
 * Puts a word break between every two adjacent Han characters in the text of an HTML page, also where a tag stands
 * between them (的<a>张江</a>科学城), leaving tags and attributes alone, so that Pagefind indexes each character as a
 * word instead of jieba's guess at words.
 */
export function separateHan(html: string): string {
  let previous = '';
  return html
    .split(markup)
    .map((part, i) => {
      if (i % 2 === 1 || !part) return part;
      let text = part.replace(hanPair, `$1${wordBreak}`);
      if (endsInHan.test(previous) && hanCharacter.test(text[0])) text = wordBreak + text;
      previous = text;
      return text;
    })
    .join('');
}
