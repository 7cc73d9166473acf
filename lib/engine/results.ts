/** The engine's result types, shared by every pass (kept apart so that no pass imports detect.ts). */

export type MatchKind = 'exact' | 'alias' | 'variant' | 'fuzzy' | 'context' | 'acronym';

export interface ArticleMeta {
  title?: string;
  /** ISO date the article was published */
  date?: string;
  section?: string;
  keywords?: string[];
}

export interface Mention {
  /** UTF-16 offsets into the text given to `detect` */
  start: number;
  end: number;
  entityId: string;
  match: MatchKind;
  /** 0..1 */
  confidence: number;
}

export interface DetectResult {
  topics: string[];
  mentions: Mention[];
}

/** Options that tune acceptance. */
export interface DetectOptions {
  /** Maximum number of characters scanned; the rest of a huge text is ignored. */
  maxChars?: number;
}
