/** The licence of the open data (and of our own wording in it); the facts come from the cited sources. */
export const dataLicence = {
  name: 'CC-BY-4.0',
  title: '知识共享署名 4.0 国际许可协议（CC BY 4.0）',
  path: 'https://creativecommons.org/licenses/by/4.0/',
};
