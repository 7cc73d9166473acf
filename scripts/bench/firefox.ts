import type { BenchServer } from './pages';
export async function benchFirefox(_s: BenchServer, _dir: string): Promise<void> {}
