/** Screen distance (px) within which a tap or click picks the nearest park: a 44 px target. */
const REACH = 22;

/** The visible park whose point is nearest to a screen position, if one is within reach. */
export function nearestPark(svg: SVGSVGElement, x: number, y: number): SVGElement | undefined {
  let best: SVGElement | undefined;
  let bestDistance = REACH;
  for (const mark of svg.querySelectorAll<SVGElement>('[data-park-id]:not(.out)')) {
    const r = mark.querySelector('.dot')!.getBoundingClientRect();
    const d = Math.hypot(r.left + r.width / 2 - x, r.top + r.height / 2 - y);
    if (d < bestDistance) [best, bestDistance] = [mark, d];
  }
  return best;
}
