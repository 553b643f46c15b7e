/**
 * A setter that remembers what each element was last given, so a frame writes only what changed. Compared at first
 * with what the build wrote, so the first frame leaves the server's output alone.
 */
export function changeWriter(): (el: Element, name: string, value: string) => void {
  const cache = new Map<Element, Map<string, string | null>>();
  return (el, name, value) => {
    const seen = cache.get(el) ?? cache.set(el, new Map()).get(el)!;
    if (!seen.has(name)) seen.set(name, el.getAttribute(name));
    if (seen.get(name) === value) return;
    el.setAttribute(name, value);
    seen.set(name, value);
  };
}

export type Write = ReturnType<typeof changeWriter>;
