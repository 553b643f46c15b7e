/** A content file as read from disk: its path, the id it will get and its parsed frontmatter/data. */
export interface RawEntry {
  file: string;
  id: string;
  data: unknown;
  /** Set when the file's YAML could not be read at all. */
  parseError?: string;
  /** The Markdown after the frontmatter, for articles and milestones. */
  body?: string;
  /** The line of the file on which the body starts (1-based). */
  bodyLine?: number;
}

/** One problem, pointing at a file and a field. */
export interface ContentIssue {
  file: string;
  field: string;
  message: string;
}

/** Every content file of a content folder, by collection. */
export interface RawContent {
  articles: RawEntry[];
  milestones: RawEntry[];
  parks: RawEntry[];
  sources: RawEntry[];
  /** Key figures (content/figures); optional so that older fixtures need not list them. */
  figures?: RawEntry[];
  /** The long-form history (content/history); optional like figures. */
  history?: RawEntry[];
}
