import { realEngine } from './helpers';
const d = realEngine().detector;
for (const t of ['A new article from the Washington Post looked at the impact. Over a year later, Batchelder told the Post she still receives threats.', 'The Los Angeles Times reported the decision. The Times has pieced together the timeline.', 'The New York Times reported it. The Times said so.', 'L.A. schools Supt. Ramon Cortines said it was hard to determine who made decisions within L.A. Unified.', 'ST. LOUIS, MO (KTVI) - Police said a man was shot.', 'The Democrat Party lost the election.']) {
  const r = d.detect(t, { date: '2016-12-20' });
  console.log(t.slice(0, 50), '=>', r.mentions.map((m: any) => `${t.slice(m.start, m.end)}→${m.entityId}`).join(', '));
}
for (const t of ['The New York Times reported it. Crowds gathered in Times Square.', 'The Washington Post reported it. The Post Office closed.', 'The St. Louis Post-Dispatch said so.', 'Times were hard for the Journal.']) {
  const r = d.detect(t, { date: '2016-12-20' });
  console.log(t.slice(0, 60), '=>', r.mentions.map((m: any) => `${t.slice(m.start, m.end)}→${m.entityId}`).join(', '));
}
