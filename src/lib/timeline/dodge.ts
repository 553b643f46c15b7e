/**
 * Places blocks of the given sizes along one axis, in the given order, each as close to its ideal start as
 * possible without overlapping the previous one (at least `gap` apart) and all inside [from, to].
 * A forward pass pushes blocks down, a backward pass pulls the overflow back up.
 */
export function dodge(ideal: readonly number[], sizes: readonly number[], gap: number, [from, to]: readonly [number, number]): number[] {
  const out = ideal.slice();
  let next = from;
  for (let i = 0; i < out.length; i++) {
    out[i] = Math.max(out[i], next);
    next = out[i] + sizes[i] + gap;
  }
  let limit = to;
  for (let i = out.length - 1; i >= 0; i--) {
    out[i] = Math.min(out[i], limit - sizes[i]);
    limit = out[i] - gap;
  }
  return out;
}
