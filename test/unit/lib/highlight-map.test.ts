// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mapMentions } from '../../../lib/highlight-map';
import type { TextSegment } from '../../../lib/extract';

/** happy-dom has no StaticRange: a stand-in with the constructor and fields of the DOM's. */
class FakeStaticRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
  constructor(init: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
}

function page(): { doc: Document; text: string; segments: TextSegment[] } {
  const doc = document;
  doc.body.innerHTML = '<p>Bashar al-Assad met <b>Vladimir</b> Putin in Moscow.</p>';
  const p = doc.querySelector('p')!;
  const nodes = [p.firstChild as Text, p.querySelector('b')!.firstChild as Text, p.lastChild as Text];
  const segments: TextSegment[] = [];
  let text = '';
  for (const node of nodes) {
    segments.push({ node, start: text.length, end: text.length + node.data.length });
    text += node.data;
  }
  return { doc, text, segments };
}
const mentions = (text: string) => [
  { start: 0, end: 'Bashar al-Assad'.length, entityId: 'assad' },
  { start: text.indexOf('Vladimir'), end: text.indexOf('Vladimir') + 'Vladimir Putin'.length, entityId: 'putin' },
  { start: text.indexOf('Moscow'), end: text.indexOf('Moscow') + 6, entityId: 'moscow' },
];

afterEach(() => vi.unstubAllGlobals());

describe('mapMentions', () => {
  it('makes static ranges where the browser has them, and live ranges over the same text on demand', async () => {
    vi.stubGlobal('StaticRange', FakeStaticRange);
    const { doc, text, segments } = page();
    const map = await mapMentions(doc, text, segments, mentions(text));
    expect(map.mentions.map((m) => m.range instanceof FakeStaticRange)).toEqual([true, true, true]);
    expect(map.mentions.map((_, i) => map.live(i).toString())).toEqual(['Bashar al-Assad', 'Vladimir Putin', 'Moscow']);
    // A name across two text nodes (<b>Vladimir</b> Putin) keeps both ends.
    const putin = map.mentions[1].range;
    expect([putin.startContainer, putin.startOffset, putin.endContainer, putin.endOffset]).toEqual([segments[1].node, 0, segments[2].node, ' Putin'.length]);
    // Hit testing is unchanged.
    expect(map.at(segments[2].node, text.indexOf('Moscow') - segments[2].start)).toBe(2);
  });

  it('falls back to live ranges without StaticRange', async () => {
    vi.stubGlobal('StaticRange', undefined);
    const { doc, text, segments } = page();
    const map = await mapMentions(doc, text, segments, mentions(text));
    expect(map.mentions.every((m) => m.range instanceof Range)).toBe(true);
    expect(map.live(0)).toBe(map.mentions[0].range);
    expect(map.live(2).toString()).toBe('Moscow');
  });

  it('marks the mentions of an edited text node stale once, and gives a collapsed live range when offsets are gone', async () => {
    vi.stubGlobal('StaticRange', FakeStaticRange);
    const { doc, text, segments } = page();
    const map = await mapMentions(doc, text, segments, mentions(text));
    const tail = segments[2].node;
    expect(map.hasStale()).toBe(false);
    expect(map.markStale(tail)).toEqual([1, 2]);
    expect(map.hasStale()).toBe(true);
    expect(map.markStale(tail)).toEqual([]);
    expect([0, 1, 2].map((i) => map.isStale(i))).toEqual([false, true, true]);
    tail.data = ' x';
    expect(map.live(2).collapsed).toBe(true);
    expect(map.live(2).toString()).toBe('');
  });
});
