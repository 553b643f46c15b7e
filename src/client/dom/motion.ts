/** Whether the reader asks for reduced motion: zooms and scrolls then jump instead of gliding (map and timeline). */
export const prefersStill = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
