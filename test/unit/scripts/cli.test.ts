import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const seed = path.join(root, 'test/fixtures/seed-article.txt');
const run = (...args: string[]) => execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/detect.ts'), ...args], { encoding: 'utf8' });

// Each run loads the whole dataset bundle (~11 MB) in a fresh process: generous timeouts for a loaded 2-core machine.
describe('detect CLI', { timeout: 180_000 }, () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(root, 'public/dataset/head.json'))) throw new Error('run `npm run data` before the unit tests');
  });

  it('prints the JSON contract; every mention’s text is its slice of the file', () => {
    const out = JSON.parse(run('--json', seed));
    const text = fs.readFileSync(seed, 'utf8');
    expect(Object.keys(out)).toEqual(['topics', 'mentions']);
    expect(out.topics).toContain('syria');
    for (const m of out.mentions) {
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['start', 'end', 'text', 'entityId', 'name', 'type', 'wikidata', 'wikipedia', 'match']));
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('reads an HTML page through the article extraction, and says when a page is no article', () => {
    const out = JSON.parse(run('--json', '--html', path.join(root, 'test/fixtures/pages/seed.html')));
    expect(out.mentions.some((m: { entityId: string }) => m.entityId === 'khmeimim-air-base')).toBe(true);
    for (const m of out.mentions) expect(out.text.slice(m.start, m.end)).toBe(m.text);
    expect(JSON.parse(run('--json', '--html', path.join(root, 'test/fixtures/pages/homepage.html'))).mentions).toEqual([]);
  });

  it('says what each card leads with on the article’s date (--date)', () => {
    const tmp = path.join(os.tmpdir(), `nc-cli-${process.pid}.txt`);
    fs.writeFileSync(tmp, 'In Damascus, Bashar al-Assad met Vladimir Putin.\n');
    const line = (date: string) => run('--date', date, tmp).split('\n').find((l) => l.includes('Bashar al-Assad'))!;
    expect(line('2015-10-01')).toMatch(/— President of Syria$/);
    expect(line('2025-06-01')).not.toMatch(/President of Syria$/);
  });

  it('rejects bad usage with exit code 2', () => {
    expect(() => run('--date', 'yesterday', seed)).toThrow();
  });
});
