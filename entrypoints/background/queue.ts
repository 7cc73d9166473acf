/**
 * Fair, cancellable detection across tabs (issue 12). One job per tab: a newer request from the same tab supersedes
 * the older one, closing or navigating the tab drops its job. Big texts are detected in paragraph-aligned pieces, and
 * the queue takes one piece at a time from each tab in turn, yielding to the event loop between pieces — so a hostile
 * tab's 2 MB cannot hold up another tab's article for longer than one piece. The piece rule is the engine's own
 * (lib/engine/pieces.ts, ADR 0045).
 */
import { type ArticleMeta, type DetectResult, type Mention, splitPieces } from '../../lib/engine';

export class Superseded extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'Superseded';
  }
}

interface Job {
  text: string;
  meta: ArticleMeta;
  pieces: { start: number; end: number }[];
  next: number;
  mentions: Mention[];
  topics: string[];
  resolve(r: DetectResult): void;
  reject(e: Error): void;
}

export type DetectFn = (text: string, meta: ArticleMeta) => DetectResult;

export interface DetectQueue {
  /** Queue a detection for `key` (a tab); supersedes that key's earlier job. */
  submit(key: string, text: string, meta: ArticleMeta, detect: DetectFn): Promise<DetectResult>;
  /** Drop the jobs of every key for which `match` is true (a tab closed or navigated). */
  cancel(match: (key: string) => boolean, why: string): void;
  /** jobs waiting or running */
  readonly size: number;
}

/**
 * A queue that runs one piece at a time, round robin over keys, yielding through `yieldNow` between pieces. A job ends
 * once it holds `maxMentions` mentions (the first ones of the text): the rest of its pieces are not detected at all.
 */
export function createDetectQueue(yieldNow: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0)), maxMentions = Infinity): DetectQueue {
  const jobs = new Map<string, { job: Job; detect: DetectFn }>();
  let order: string[] = [];
  let running = false;

  async function pump() {
    if (running) return;
    running = true;
    try {
      while (order.length) {
        const key = order.shift()!;
        const entry = jobs.get(key);
        if (!entry) continue;
        const { job, detect } = entry;
        let again = false;
        try {
          const p = job.pieces[job.next++];
          const res = detect(p.end - p.start === job.text.length ? job.text : job.text.slice(p.start, p.end), job.meta);
          for (const m of res.mentions) {
            m.start += p.start;
            m.end += p.start;
            job.mentions.push(m);
          }
          if (job.next === 1) job.topics = res.topics;
          if (job.mentions.length >= maxMentions) job.mentions.length = maxMentions;
          if (job.next === job.pieces.length || job.mentions.length === maxMentions) {
            jobs.delete(key);
            job.resolve({ topics: job.topics, mentions: job.mentions });
          } else again = true;
        } catch (err) {
          jobs.delete(key);
          job.reject(err instanceof Error ? err : new Error(String(err)));
        }
        // Yield before this key takes its place again: another tab's request that arrived while the piece ran is
        // handled during the yield and queued ahead of this key's next piece, so it waits for one piece, not two.
        if (again || order.length) await yieldNow();
        // (Unless the job was superseded, which queued the key again, or cancelled during the yield.)
        if (again && jobs.get(key)?.job === job) order.push(key);
      }
    } finally {
      running = false;
    }
  }

  return {
    submit(key, text, meta, detect) {
      return new Promise<DetectResult>((resolve, reject) => {
        const old = jobs.get(key);
        if (old) old.job.reject(new Superseded('superseded by a newer request from the same tab'));
        const job: Job = { text, meta, pieces: splitPieces(text), next: 0, mentions: [], topics: [], resolve, reject };
        jobs.set(key, { job, detect });
        order = order.filter((k) => k !== key);
        order.push(key);
        void pump();
      });
    },
    cancel(match, why) {
      for (const [key, { job }] of jobs) {
        if (!match(key)) continue;
        jobs.delete(key);
        job.reject(new Superseded(why));
      }
      order = order.filter((k) => jobs.has(k));
    },
    get size() {
      return jobs.size;
    },
  };
}
