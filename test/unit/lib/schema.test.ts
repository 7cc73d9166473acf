import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateRecords } from '../../../lib/schema';
import { loadRecords } from '../../../scripts/build-data';
import { record } from '../helpers';

describe('data validation', () => {
  it('accepts a good record', () => {
    expect(validateRecords('x.json', [record({ id: 'a', name: 'A' })])).toEqual([]);
  });

  it.each([
    [{ facts: [{ label: 'Office', value: 'x', source: 'http://insecure.example', asOf: '2025-01-01' }] }, 'facts[0].source'],
    [{ facts: [{ label: 'Office', value: 'x', source: 'https://ok.example', asOf: 'last year' }] }, 'facts[0].asOf'],
    [{ description: '<b>bold</b>' }, 'description'],
    [{ type: 'planet' }, 'type'],
    [{ facts: [] }, 'facts'],
    [{ wikidata: '42' }, 'wikidata'],
  ])('names the field of a bad record (%j)', (patch, field) => {
    const issues = validateRecords('people.json', [{ ...record({ id: 'bad', name: 'Bad' }), ...patch }]);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0].file).toBe('people.json');
    expect(issues[0].field).toContain(field);
    expect(issues[0].field).toContain('id bad');
  });

  it('fails the build naming the file and field of a bad record, and catches unknown references', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-data-'));
    fs.mkdirSync(path.join(root, 'data', 'entities'), { recursive: true });
    const good = record({ id: 'syria', name: 'Syria', type: 'country', topics: ['middle-east'] });
    const bad = { ...record({ id: 'x', name: 'X', topics: ['middle-east'] }), related: [{ id: 'nowhere', role: 'in' }] };
    fs.writeFileSync(path.join(root, 'data', 'entities', 'a.json'), JSON.stringify([good, bad]));
    expect(() => loadRecords(root)).toThrow(/data\/entities\/a\.json: related\[0\]\.id \(id x\): unknown entity "nowhere"/);
    fs.writeFileSync(path.join(root, 'data', 'entities', 'a.json'), JSON.stringify([{ ...good, facts: [{ label: 'L', value: 'v', source: 'ftp://x', asOf: '2025' }] }]));
    expect(() => loadRecords(root)).toThrow(/a\.json: \[0\]\.facts\[0\]\.source \(id syria\)/);
  });
});
