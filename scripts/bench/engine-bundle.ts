/**
 * The engine as the extension ships it: lib/engine bundled into one ES module (esbuild, as Vite bundles the
 * background), then imported. Under tsx every module is transformed on its own — each function wrapped to keep its
 * name, every cross-module call through an export getter — which costs the engine a third or more of its speed; the
 * bench measures the shipped form and prints the tsx figure beside it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './common';

export type EngineModule = typeof import('../../lib/engine');

/** `tag`: another copy of the module (its own code and module state), e.g. to time a restored index apart from a built one. */
/** `transform`: rewrites a source file before bundling (profiling only: engine-profile.ts's NC_SPLIT_WALK). */
export async function bundledEngine(tag = '', transform?: (file: string, code: string) => string): Promise<EngineModule> {
  const { build } = await import('esbuild');
  const outfile = path.join(os.tmpdir(), `newscontext-bench-engine-${process.pid}${tag ? `-${tag}` : ''}.mjs`);
  await build({
    entryPoints: [path.join(root, 'lib', 'engine', 'index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile,
    logLevel: 'warning',
    plugins: transform
      ? [{ name: 'transform', setup: (b) => b.onLoad({ filter: /\.ts$/ }, async (a) => ({ contents: transform(a.path, await fs.promises.readFile(a.path, 'utf8')), loader: 'ts' })) }]
      : [],
  });
  return (await import(pathToFileURL(outfile).href)) as EngineModule;
}
