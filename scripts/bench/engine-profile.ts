/**
 * A CPU profile of detect() over the real-text corpus, the engine bundled as shipped:
 *   NC_PASSES=150 [NC_RESTORED=1] [NC_SPLIT_WALK=1] node --cpu-prof --cpu-prof-dir=DIR --import tsx scripts/bench/engine-profile.ts
 * then `npx tsx scripts/bench/engine-profile.ts --summary DIR/x.cpuprofile` prints self time by function and line, and
 * `--passes DIR/x.cpuprofile` the samples by pass of detection (self and inclusive shares; see passTable()).
 * NC_SPLIT_WALK=1 profiles a bundle whose skeleton walks call a copy of `walk` named `walkSkel` (the same code), so the
 * exact and the skeleton walk are told apart; for profiling only.
 * Prints figures only; asserts nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkBundle, joinBundleSync } from '../../lib/dataset';
import { loadCorpus, root } from './common';
import { bundledEngine } from './engine-bundle';

/** NC_SPLIT_WALK: walk.ts with a copy of `walk` for the skeleton walks (same code, another name), for the profile only. */
function splitWalk(file: string, code: string): string {
  if (!file.endsWith(`${path.sep}walk.ts`)) return code;
  const at = code.indexOf('function walk(');
  const end = code.indexOf('\n}\n', at) + 3;
  if (at < 0 || end < 3) throw new Error('walk() not found');
  return `${code.replace(/walk\(index\.skel,/g, 'walkSkel(index.skel,')}\n${code.slice(at, end).replace('function walk(', 'function walkSkel(')}`;
}

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number; positionTicks?: { line: number; ticks: number }[]; children?: number[] }

function summary(file: string): void {
  const prof = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: Node[] };
  const byFn = new Map<string, number>();
  const byLine = new Map<string, number>();
  let total = 0;
  for (const n of prof.nodes) {
    total += n.hitCount;
    const name = `${n.callFrame.functionName || '(anon)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
    byFn.set(name, (byFn.get(name) ?? 0) + n.hitCount);
    for (const p of n.positionTicks ?? []) {
      const k = `${path.basename(n.callFrame.url)}:${p.line} (${n.callFrame.functionName})`;
      byLine.set(k, (byLine.get(k) ?? 0) + p.ticks);
    }
  }
  const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, c]) => `${((100 * c) / total).toFixed(1).padStart(5)} %  ${n}`).join('\n');
  console.log(`samples ${total}\n-- functions --\n${top(byFn, 40)}\n-- lines --\n${top(byLine, 40)}`);
}

/** Which pass of detection a function's samples belong to (outside detectTokens' own lines). */
const PASS_OF: Record<string, string> = {
  nextCandidate: 'tokenise', appendToken: 'tokenise', ensure: 'tokenise', grow: 'tokenise', sentenceStartAt: 'tokenise', isSaintAbbrev: 'tokenise',
  isCapAscii: 'tokenise', internId: 'intern lookup', internFind: 'intern lookup', knownKey: 'intern lookup', isArticleAt: 'tokenise', digitHeadAtToken: 'tokenise', digitHeadAt: 'tokenise',
  inNumberAt: 'tokenise', newTokens: 'tokenise', viewTokens: 'tokenise', cleanPool: 'tokenise', releaseTokens: 'tokenise', tokenFlagsArray: 'tokenise',
  walkFrom: 'exact walk', walk: 'exact walk', particleHead: 'exact walk', numberGoesOn: 'exact walk', acronymWeakness: 'exact walk',
  walkSkel: 'skeleton walk', skelHash: 'skeleton walk', skelHashOf: 'skeleton walk', tokenSkeletonAt: 'skeleton walk', tokenSkeleton: 'skeleton walk',
  skeletonCodes: 'skeleton walk', skeleton: 'skeleton walk', commonWordMisspelt: 'skeleton walk', garbled: 'garbled step', boundedDistance: 'garbled step',
  fuzzyMatch: 'fuzzy pass', supportedBy: 'fuzzy pass', mayMatch: 'fuzzy pass', probeHash: 'fuzzy pass', hasHash: 'fuzzy pass', inflectionOf: 'fuzzy pass',
  profileTopics: 'topic profile', topicWordHits: 'topic profile', needsContextFor: 'topic profile',
  resolve: 'resolve', homeInstitution: 'resolve', coherence: 'resolve', citedAuthor: 'resolve', countryOf: 'resolve', acronymHome: 'resolve', kindOf: 'resolve',
  officeHolderFor: 'office cues', officeHolder: 'office cues', officeWordBefore: 'office cues', officeCue: 'office cues', otherGivenNameBefore: 'office cues',
  apStateAbbreviations: 'end passes', spanLookup: 'end passes', lastFullNameWith: 'end passes', facilityAt: 'end passes', isDateline: 'end passes',
  stateOverCity: 'end passes', locativeBefore: 'end passes', stateCue: 'end passes', isUsState: 'end passes',
  withMiddleNames: 'cues', definedAcronyms: 'cues', modifierWords: 'cues', stateFollows: 'cues', campusTown: 'cues', takeBack: 'resolve', heldOf: 'office cues',
  dayNumber: 'office cues', wordsBefore: 'cues', suspicious: 'cues', partOfOtherName: 'cues', placeAfterModifier: 'cues', personByRelative: 'cues',
  placeModifying: 'cues', pluralPossessive: 'cues', namedThing: 'cues', hyphenatedGivenNameAfter: 'cues', isProperNeighbour: 'cues', isTownOfRegion: 'cues',
  nameKeyOfMatch: 'cues', placeBeforeInstitution: 'cues', afterPersonTitle: 'cues', inHandle: 'cues', capitalTheBefore: 'cues', honorificBefore: 'cues',
  middleInitialBefore: 'cues', ampersandName: 'cues', designationAfter: 'cues', teamBeforeRole: 'cues', doubleBarrelled: 'cues', demonymNotPublication: 'cues',
  agreementOfCity: 'cues', quotedTitle: 'cues', workTitle: 'cues', showBeforeRole: 'cues', codeInList: 'cues', roadName: 'cues',
  detectIn: 'lower-case test, split, repair', isLowercaseText: 'lower-case test, split, repair', splitPieces: 'lower-case test, split, repair', repairMojibake: 'lower-case test, split, repair', looksLikeMojibake: 'lower-case test, split, repair', repairWithMap: 'lower-case test, split, repair',
};
const SCAN = new Set(['tokenise', 'intern lookup', 'exact walk', 'skeleton walk', 'garbled step']);

/**
 * Samples by pass. Each sample inside detect() is charged to the outermost frame below detectTokens that PASS_OF (or
 * the cue module list) names; a sample in detectTokens' own lines, or in a helper it calls directly that has no pass
 * of its own (keyOf, a Map, a regex), to the pass whose code those lines are, found by markers in the bundle.
 * Also prints inclusive shares (each function once per sample) for the listed functions.
 */
function passTable(file: string): void {
  const prof = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[] };
  const byId = new Map<number, Node>();
  const parent = new Map<number, number>();
  for (const n of prof.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const dt = prof.nodes.find((n) => n.callFrame.functionName === 'detectTokens');
  if (!dt) throw new Error('no detectTokens in the profile');
  // detectTokens' own lines, split at markers of the bundle (esbuild keeps the code, not the comments).
  const src = fs.readFileSync(new URL(dt.callFrame.url), 'utf8').split('\n');
  const start = dt.callFrame.lineNumber + 1;
  const marks: [RegExp, string][] = [
    [/^\s*if \(index\.lowerShortRe\)/, 'lower-case short forms'],
    [/^\s*const deferred = /, 'cues'],
    [/^\s*const confident = /, 'topic profile'],
    [/^\s*const heldMemo = /, 'office cues'],
    [/^\s*const accepted = \[\]/, 'resolve'],
    [/^\s*const covered = tokenFlagsArray/, 'fuzzy pass'],
    [/^\s*const abbreviations = /, 'end passes'],
    [/^\s*const mentions = accepted/, 'result building'],
  ];
  const lineStarts: [number, string][] = [[start, 'scan loop']];
  for (let l = start, m = 0; l <= src.length && m < marks.length; l++) if (marks[m][0].test(src[l - 1])) lineStarts.push([l, marks[m++][1]]);
  if (lineStarts.length !== marks.length + 1) throw new Error(`markers found: ${lineStarts.map((x) => x[1]).join(', ')}`);
  const passOfLine = (line: number) => {
    let p = 'scan loop';
    for (const [l, name] of lineStarts) if (line >= l) p = name;
    return p;
  };
  // Regexes by what they are: the topic words, the lower-case short forms, the rest (cues on slices).
  const passOfFrame = (n: Node): string | undefined => {
    const f = n.callFrame.functionName;
    if (!f.startsWith('RegExp: ')) return PASS_OF[f];
    return /dialogue/.test(f) ? 'lower-case short forms' : /coordinator/.test(f) ? 'topic profile' : /namesake/.test(f) ? 'cues' : undefined;
  };
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let total = 0;
  let inDetect = 0;
  let detectAll = 0;
  const add = (m: Map<string, number>, k: string, v = 1) => m.set(k, (m.get(k) ?? 0) + v);
  // Per node: the pass (computed once per node, samples by node).
  const hits = new Map<number, number>();
  for (const s of prof.samples) hits.set(s, (hits.get(s) ?? 0) + 1);
  for (const [id, count] of hits) {
    total += count;
    const node = byId.get(id)!;
    const chain: Node[] = [];
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) chain.push(byId.get(x)!);
    const seen = new Set<string>();
    for (const n of chain) {
      const name = n.callFrame.functionName || '(anon)';
      if (!seen.has(name)) add(incl, name, count);
      seen.add(name);
    }
    if (chain.some((n) => n.callFrame.functionName === 'detect')) detectAll += count;
    const d = chain.findIndex((n) => n === dt || (n.callFrame.functionName === 'detectTokens' && n.callFrame.url === dt.callFrame.url));
    if (d < 0) {
      const top = chain[chain.length - 2]; // below (root)
      const name = node.callFrame.functionName;
      let p: string | undefined;
      for (let k = chain.length - 1; k >= 0 && !p; k--) p = passOfFrame(chain[k]);
      add(self, name === '(garbage collector)' ? 'GC (whole run)' : name === '(program)' || name === '(idle)' ? `${name}` : chain.some((n) => n.callFrame.functionName === 'detect') ? `outside detectTokens: ${p ?? node.callFrame.functionName}` : `not detection (${top?.callFrame.functionName ?? '?'})`, count);
      continue;
    }
    inDetect += count;
    // The outermost named frame below detectTokens.
    let pass: string | undefined;
    for (let k = d - 1; k >= 0 && !pass; k--) pass = passOfFrame(chain[k]);
    if (pass && SCAN.has(pass)) {
      // Inside the scan (walks make tokens lazily): the innermost scan frame says which part.
      let inner: string | undefined;
      for (let k = 0; k < d && !inner; k++) inner = SCAN.has(PASS_OF[chain[k].callFrame.functionName]) ? PASS_OF[chain[k].callFrame.functionName] : undefined;
      pass = `scan: ${inner ?? pass}`;
    }
    if (!pass) {
      // detectTokens' own line, or a helper it called directly: the line of detectTokens... only self lines are known,
      // so a direct helper's samples go by the helper's name.
      if (d === 0) {
        const ticks = node.positionTicks ?? [];
        const sum = ticks.reduce((a, p) => a + p.ticks, 0) || 1;
        for (const p of ticks) add(self, passOfLine(p.line) === 'scan loop' ? 'scan: detectTokens own lines' : passOfLine(p.line), (count * p.ticks) / sum);
        continue;
      }
      pass = `detectTokens → ${chain[d - 1].callFrame.functionName || '(anon)'}`;
    }
    add(self, pass, count);
  }
  const pct = (v: number, of: number) => `${((100 * v) / of).toFixed(1).padStart(5)} %`;
  console.log(`samples ${total}; under detect() ${detectAll}, under detectTokens ${inDetect}; GC ${self.get('GC (whole run)') ?? 0} (whole run)`);
  console.log('-- by pass (share of detect() samples; GC and start-up are outside detect) --');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).filter(([k, v]) => v >= total / 1000 && !k.startsWith('not detection') && !k.startsWith('('))) console.log(`${pct(v, detectAll)}  ${k.slice(0, 100)}`);
  console.log('-- inclusive, share of detect() samples --');
  for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).filter(([k]) => k in PASS_OF || /detect|RegExp/.test(k)).slice(0, 45)) console.log(`${pct(v, detectAll)}  ${k.slice(0, 100)}`);
}

async function main(): Promise<void> {
  const s = process.argv.indexOf('--summary');
  if (s > 0) return summary(process.argv[s + 1]);
  const ps = process.argv.indexOf('--passes');
  if (ps > 0) return passTable(process.argv[ps + 1]);
  const e = await bundledEngine('', process.env.NC_SPLIT_WALK ? splitWalk : undefined);
  const dir = path.join(root, 'public');
  const checked = checkBundle(joinBundleSync((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as unknown));
  if (!checked.ok) throw new Error(`dataset: ${checked.error}`);
  const built = e.loadIndex(checked.bundle.index);
  // NC_RESTORED=1: the index restored from its image, as a woken worker detects with it.
  const det = e.createDetector(process.env.NC_RESTORED ? e.restoreIndex(structuredClone(e.indexImage(built)))! : built);
  const docs = loadCorpus('corpus-real');
  const passes = Number(process.env.NC_PASSES ?? 150);
  const c0 = process.cpuUsage();
  for (let p = 0; p < passes; p++) for (const d of docs) det.detect(d.plain, { date: d.date, title: d.title });
  const cpu = process.cpuUsage(c0).user / 1000;
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.plain, 'utf8'), 0);
  console.log(`${passes} passes, ${docs.length} texts, ${bytes} bytes: ${((bytes * passes) / 1e6 / (cpu / 1000)).toFixed(1)} MB/s CPU`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
