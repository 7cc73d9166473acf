/**
 * The engine as the extension ships it: lib/engine bundled into one ES module (esbuild, as Vite bundles the
 * background), then imported. Under tsx every module is transformed on its own — each function wrapped to keep its
 * name, every cross-module call through an export getter — which costs the engine a third or more of its speed; the
 * bench measures the shipped form and prints the tsx figure beside it.
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './common';

export type EngineModule = typeof import('../../lib/engine');

/** `tag`: another copy of the module (its own code and module state), e.g. to time a restored index apart from a built one. */
export async function bundledEngine(tag = ''): Promise<EngineModule> {
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
  });
  return (await import(pathToFileURL(outfile).href)) as EngineModule;
}
