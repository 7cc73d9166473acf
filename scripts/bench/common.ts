/** Small shared helpers for `npm run bench`. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCorpusFile } from '../../test/corpus/check-format.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CorpusText {
  file: string;
  title: string;
  date: string;
  plain: string;
}

/** A labelled corpus as plain text: `[[surface|id]]` markup replaced by the surface, header dropped. */
export function loadCorpus(sub: 'corpus' | 'corpus-real' = 'corpus'): CorpusText[] {
  const dir = path.join(root, 'test', sub);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const r = parseCorpusFile(fs.readFileSync(path.join(dir, file), 'utf8'));
      if (r.errors.length) throw new Error(`${file}: ${r.errors.join('; ')}`);
      return { file, title: r.header.title, date: r.header.date, plain: r.plain };
    });
}

export const median = (xs: number[]): number => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const min = (xs: number[]): number => (xs.length ? Math.min(...xs) : NaN);
export const max = (xs: number[]): number => (xs.length ? Math.max(...xs) : NaN);

export const ms = (x: number, digits = 1): string => (Number.isFinite(x) ? `${x.toFixed(digits)} ms` : 'n/a');
export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** One row of the final summary table. */
export interface Row {
  figure: string;
  value: string;
  budget: string;
  /** 'ok' | 'MISS' | '' (no budget / not measured) */
  verdict: string;
}
export const rows: Row[] = [];
export function addRow(figure: string, value: string, budget = '', ok?: boolean): void {
  rows.push({ figure, value, budget, verdict: ok === undefined ? '' : ok ? 'ok' : 'MISS' });
}

export function printTable(): void {
  const w = [0, 0, 0];
  for (const r of rows) {
    w[0] = Math.max(w[0], r.figure.length);
    w[1] = Math.max(w[1], r.value.length);
    w[2] = Math.max(w[2], r.budget.length);
  }
  const line = (a: string, b: string, c: string, d: string) => `${a.padEnd(w[0])}  ${b.padStart(w[1])}  ${c.padEnd(w[2])}  ${d}`;
  console.log(line('figure', 'value', 'budget', ''));
  console.log(line('-'.repeat(w[0]), '-'.repeat(w[1]), '-'.repeat(w[2]), ''));
  for (const r of rows) console.log(line(r.figure, r.value, r.budget, r.verdict));
}
