/** A document's title as Chinese text cites it: in 《》 when it is Chinese, as printed when it is in another language. */
export function citedTitle(title: string): string {
  const bare = title.replace(/^《(.*)》$/, '$1');
  return /\p{Script=Han}/u.test(bare) ? `《${bare}》` : bare;
}
