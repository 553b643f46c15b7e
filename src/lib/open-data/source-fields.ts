/** The CSL-JSON variables sources.json uses, with what each holds (for the data dictionary). */
export const sourceFields: { name: string; type: string; description: string }[] = [
  { name: 'id', type: 'string', description: '记录标识：zjsn-source-加本站文章的标识。' },
  { name: 'type', type: 'string', description: 'CSL类型：article-newspaper（报纸文章）、webpage（网络新闻）、chapter（报告中的一章）、report（报告）或pamphlet（宣传册）。' },
  { name: 'title', type: 'string', description: '原题。' },
  { name: 'author', type: 'array', description: '作者：个人写作family（姓）与given（名），机构写作literal；来源未署名时没有此项。' },
  { name: 'editor', type: 'array', description: '报告中的一章所属报告的编发机构（literal）。' },
  { name: 'container-title', type: 'string', description: '所在报纸、网站或报告的名称。' },
  { name: 'section', type: 'string', description: '报纸的栏目。' },
  { name: 'publisher', type: 'string', description: '发布或出版机构（报告、宣传册）。' },
  { name: 'publisher-place', type: 'string', description: '出版地。' },
  { name: 'issued', type: 'object', description: '发表日期，date-parts按已知精度给出年、年月或年月日。' },
  { name: 'URL', type: 'string', description: '原文网址，来源未提供时没有此项。' },
  { name: 'language', type: 'string', description: '语言，zh-CN。' },
  { name: 'note', type: 'string', description: '本站所用来源文件的文件名，以及据此撰写的本站文章的网址。' },
];
