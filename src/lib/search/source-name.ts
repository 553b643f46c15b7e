/** A source document's name for a filter list: without the trailing note in brackets, e.g. “（OCR 文本）”. */
export const shortSourceName = (name: string) => name.replace(/\s*[（(][^（）()]*[）)]\s*$/u, '').trim() || name;
