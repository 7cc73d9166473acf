import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { otherForm } from '../../../scripts/generate-place-abbreviations';
import { realEngine } from '../helpers';

const root = path.resolve(__dirname, '../../..');

describe('Saint / Mount / Fort written short (St. / Mt. / Ft.)', () => {
  it('abbreviates the opening word only, and never spells out a saint', () => {
    expect(otherForm('Fort Worth')).toBe('Ft. Worth');
    expect(otherForm('Mount Kisco')).toBe('Mt. Kisco');
    expect(otherForm('Saint Helier')).toBe('St. Helier');
    expect(otherForm('St. Paul')).toBeNull();
    expect(otherForm('Stafford')).toBeNull();
    expect(otherForm('Fortaleza')).toBeNull();
    expect(otherForm('Port Sudan')).toBeNull();
  });

  it('gives no town of a shared name the short form alone', () => {
    const rows = JSON.parse(fs.readFileSync(path.join(root, 'data/overrides/place-abbreviations.json'), 'utf8')) as { id: string; aliases: string[] }[];
    const forms = rows.flatMap((r) => r.aliases);
    expect(forms).toContain('Ft. Lauderdale');
    expect(forms).not.toContain('Mt. Pleasant');
    expect(forms).not.toContain('Mt. Vernon');
  });
});

describe('Saint / Mount / Fort written short, on the real dataset', () => {
  const { detector } = realEngine();
  it('links the short form in news text', () => {
    const linked = (text: string) => detector.detect(text, { date: '2026-03-01' }).mentions.map((m) => [text.slice(m.start, m.end), m.entityId]);
    expect(linked('Police in Ft. Lauderdale, Florida, said the suspect fled.')).toContainEqual(['Ft. Lauderdale', 'fort-lauderdale']);
    expect(linked('The fire in Ft. Worth spread overnight.')).toContainEqual(['Ft. Worth', 'fort-worth']);
  });
});
