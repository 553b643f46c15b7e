/** Simplified Chinese for Traditional text, with OpenCC, which is fetched only when a page needs it. */
export async function toSimplified(text: string): Promise<string> {
  const { Converter } = await import('opencc-js/t2cn');
  return Converter({ from: 'tw', to: 'cn' })(text);
}
