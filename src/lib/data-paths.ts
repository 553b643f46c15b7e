/** Site paths of the citation guide and the open data, relative to the base (kept apart from routes in paths.ts only while others edit that file). */
export const dataRoutes = {
  cite: () => 'cite/',
  data: () => 'data/',
  /** A file of the open data, e.g. milestones.csv or figures/zone-growth.csv. */
  file: (name: string) => `data/${name}`,
};
