import { describe, expect, it } from 'vitest';
import { parseTable, linkFacts, wikiUrl } from '../../../scripts/generate-breadth';
import type { EntityRecord } from '../../../lib/types';

const row = (facts: string, extra = '') =>
  `likud|organization|Likud|=|Likud party${extra}|| israel||Israeli right-wing party.|${facts}`;

describe('breadth tables (data/tables/*.psv)', () => {
  it('turns a row into a record citing its Wikipedia article, with dated facts', () => {
    const { records, issues } = parseTable('t.psv', `# comment\n\n${row('Type: Political party ; Leader: Benjamin Netanyahu @2005-12-20')}\n`);
    expect(issues).toEqual([]);
    const [r] = records;
    expect(r).toMatchObject({ id: 'likud', type: 'organization', name: 'Likud', aliases: ['Likud party'], wikipedia: 'Likud', country: 'israel', topics: ['israel'] });
    expect(r.facts[1]).toMatchObject({ label: 'Leader', value: 'Benjamin Netanyahu', since: '2005-12-20', source: 'https://en.wikipedia.org/wiki/Likud', asOf: '2025-06' });
  });

  it('reads until, scheduled end and a newer as-of', () => {
    const { records } = parseTable('t.psv', row('Office: Chair @2016-01-01..2025-12-31 ; Office: Head @2026-01-01 >2030-12-31 !2026-06-30'));
    expect(records[0].facts[0]).toMatchObject({ since: '2016-01-01', until: '2025-12-31' });
    expect(records[0].facts[1]).toMatchObject({ since: '2026-01-01', scheduledEnd: '2030-12-31', asOf: '2026-06-30' });
    expect(records[0].facts[1].note).toMatch(/general knowledge/);
  });

  it('names the file and line of a bad row', () => {
    const { issues } = parseTable('data/tables/x.psv', 'a|organization|A|=|||\nb|nonsense|B|=||| x||d|Type: t');
    expect(issues.map((i) => i.field)).toEqual(['line 1 columns', 'line 2 type']);
    expect(issues[0].file).toBe('data/tables/x.psv');
  });

  it('links a fact to the one entity of that name, and not to an ambiguous one', () => {
    const { records } = parseTable('t.psv', row('Leader: Benjamin Netanyahu ; Founder: Menachem Begin'));
    const person = (id: string, name: string): EntityRecord => ({ id, type: 'person', name, aliases: [], description: 'd', facts: [], topics: ['israel'] });
    const all = [...records, person('benjamin-netanyahu', 'Benjamin Netanyahu'), person('begin-1', 'Menachem Begin'), person('begin-2', 'Menachem Begin')];
    linkFacts(records, all);
    expect(records[0].facts[0].ref).toBe('benjamin-netanyahu');
    expect(records[0].facts[1].ref).toBeUndefined();
    expect(records[0].related).toEqual([{ id: 'benjamin-netanyahu', role: 'leader' }, { id: 'israel', role: 'country' }]);
  });

  it('builds article URLs the way Wikipedia writes them', () => {
    expect(wikiUrl("People's Party (Spain)")).toBe("https://en.wikipedia.org/wiki/People's_Party_(Spain)");
  });
});
