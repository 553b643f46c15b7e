/** Two-character Chinese surnames (复姓) in common use; any other Han name takes its first character as the surname. */
const compound = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯',
  '轩辕', '端木', '独孤', '南宫', '西门', '百里', '呼延', '申屠', '澹台', '太史', '闻人', '钟离', '宗政', '濮阳',
]);

const han = /^\p{Script=Han}{2,}$/u;

/** A Chinese personal name split into family and given name (张萍 → 张 + 萍, 欧阳修 → 欧阳 + 修); null for any other name. */
export function splitChineseName(name: string): { family: string; given: string } | null {
  if (!han.test(name)) return null;
  const cut = name.length > 2 && compound.has(name.slice(0, 2)) ? 2 : 1;
  return { family: name.slice(0, cut), given: name.slice(cut) };
}
