/** What the page's controls, keys and panel need of a chart, horizontal or vertical. */
export interface Chart {
  svg: SVGSVGElement;
  /** The mark elements, in time order. */
  marks: SVGGraphicsElement[];
  /** Shows only the categories for which `visible` is true. */
  setVisible(visible: (category: string) => boolean): void;
  /** Whether mark i is drawn now (its category shown and, when zoomed, inside the view). */
  isInView(i: number): boolean;
  /** Brings mark i into view, centred; zooms in to at least `minZoom` on the horizontal chart. */
  reveal(i: number, options?: { minZoom?: number; animate?: boolean }): void;
  /** Draws the keyboard focus around mark i (null: none), where CSS outlines cannot follow the zoom. */
  highlight(i: number | null): void;
  /** Outlines mark i as the milestone last opened (and no other). */
  setCurrent(i: number): void;
  /** Keeps mark i in view as the keyboard focus moves to it. */
  follow(i: number): void;
  showYear(year: number): void;
  zoomBy?(factor: number, around?: number): void;
  /** Pans by a fraction of the view's width (positive: later). */
  pan?(fraction: number): void;
  reset?(): void;
}
