import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The engine is one package: its modules import one another in one direction only, and the rest of the code base
// reaches it through lib/engine/index.ts. A cycle or a reach into a pass makes the engine hard to change alone.
const root = join(__dirname, '../../..');
const IMPORT_RE = /(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2];
    out.push(normalize(relative(root, join(dirname(file), spec))));
  }
  return out;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

describe('engine package', () => {
  const engineFiles = walk(join(root, 'lib/engine'));
  const graph = new Map(engineFiles.map((f) => [normalize(relative(root, f)).replace(/\.tsx?$/, ''), importsOf(f)]));

  it('has no import cycles between its modules', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'open');
      for (const dep of graph.get(node) ?? []) if (graph.has(dep)) visit(dep, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it('does not depend on the browser, the UI or the entrypoints', () => {
    const outward = [...graph.entries()].flatMap(([from, deps]) =>
      deps.filter((d) => !d.startsWith('lib/engine/') && d !== 'lib/types').map((d) => `${from} → ${d}`),
    );
    expect(outward).toEqual([]);
    const usesBrowser = engineFiles.filter((f) => /\bbrowser\.|\bchrome\.|\bwindow\.|\bdocument\./.test(readFileSync(f, 'utf8')));
    expect(usesBrowser).toEqual([]);
  });

  it('is reached from outside only through its public index', () => {
    const outside = ['lib', 'entrypoints', 'components', 'scripts'].flatMap((d) => walk(join(root, d)))
      .filter((f) => !normalize(relative(root, f)).startsWith('lib/engine/'));
    const reaches = outside.flatMap((f) =>
      importsOf(f).filter((d) => d.startsWith('lib/engine/')).map((d) => `${relative(root, f)} → ${d}`),
    );
    expect(reaches).toEqual([]);
  });
});
