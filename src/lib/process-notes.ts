// Reader text states facts. Remarks on how a source was received (OCR readings, page layout, picture credits,
// what could not be found) belong in the source's 文本状况 (content/sources/*.yaml `condition`) or in
// docs/writing-content.md. This is the one list of the phrases that give such remarks away.

/** Phrases that mark a note about the text as received, each with what to do instead. */
export const processNotePhrases: { pattern: RegExp; hint: string }[] = [
  { pattern: /扫描(?:文本|件|稿)|OCR|识别错误|误植|疑为.{0,12}之误/, hint: '原文的识别错误写进来源的“文本状况”，正文直接用正确的词' },
  { pattern: /版面上|图片来源|配图|图片说明|图注/, hint: '版面与图片的说明写进来源的“文本状况”' },
  { pattern: /本站(?:没有|未能?)找到|没有找到|未找到|未能找到|查无/, hint: '事实不详时写短语，如“来源未载面积”，并在数据里标为未核实' },
  { pattern: /最可能的|候选来源|我们推断|本站推断|源文件|原文此处/, hint: '推定的理由写进来源的“文本状况”或资料说明' },
];

/** A process note found in a piece of reader text. */
export interface ProcessNote {
  /** 1-based line within the text. */
  line: number;
  /** The words that matched. */
  match: string;
  hint: string;
}

/** Every process note in a text, line by line. */
export function findProcessNotes(text: string): ProcessNote[] {
  const found: ProcessNote[] = [];
  text.split('\n').forEach((line, i) => {
    for (const { pattern, hint } of processNotePhrases) {
      const m = pattern.exec(line);
      if (m) found.push({ line: i + 1, match: m[0], hint });
    }
  });
  return found;
}
