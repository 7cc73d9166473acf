/** Types for the corpus parser shared by the format checker and `npm run eval`. */
export interface CorpusLabel {
  surface: string;
  id: string;
  hard: boolean;
  trap: boolean;
  start: number;
  end: number;
}
export function parseCorpusFile(text: string): {
  header: Record<string, string>;
  body: string;
  plain: string;
  labels: CorpusLabel[];
  words: number;
  errors: string[];
  warnings: string[];
};
