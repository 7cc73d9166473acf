// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mapMentions, mapPackedMentions } from '../../../lib/highlight-map';
import { packMentions } from '../../../lib/protocol';
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

describe('mapPackedMentions', () => {
  it("maps the background's packed reply to the same highlights, hit tests and stepping as the mention objects", async () => {
    vi.stubGlobal('StaticRange', FakeStaticRange);
    const { doc, text, segments } = page();
    const { mentions: packed, ids } = packMentions(mentions(text));
    const reply = { mentions: packed, entities: ids.map((id) => ({ id })) };
    const map = await mapPackedMentions(doc, text, segments, reply);
    expect(map.mentions.map((m) => [m.entityId, map.live(m.index).toString()])).toEqual([
      ['assad', 'Bashar al-Assad'],
      ['putin', 'Vladimir Putin'],
      ['moscow', 'Moscow'],
    ]);
    const p = doc.querySelector('p')!;
    expect(map.inside(p)).toEqual([0, 1, 2]);
    expect(map.inNode(segments[2].node)).toEqual([1, 2]);
    expect(map.at(segments[1].node, 3)).toBe(1);
    expect(map.at(segments[2].node, 0)).toBe(1); // the space inside "Vladimir Putin"
    expect(map.at(segments[2].node, ' Putin '.length)).toBe(-1);
    expect(map.markStale(segments[2].node)).toEqual([1, 2]);
    expect(map.markStale(segments[2].node)).toEqual([]);
  });

  it('skips triples that are not whole offsets in order or name no entity, and keeps the rest', async () => {
    vi.stubGlobal('StaticRange', FakeStaticRange);
    const { doc, text, segments } = page();
    const m = text.indexOf('Moscow');
    const triples = [0, 15, 0, 5, 5, 0, -1, 4, 0, 1.5, 4, 0, 0, 4, 7, m, m + 6, 1];
    const map = await mapPackedMentions(doc, text, segments, { mentions: { triples }, entities: [{ id: 'assad' }, { id: 'moscow' }] });
    expect(map.mentions.map((x) => `${x.entityId}:${map.live(x.index).toString()}`)).toEqual(['assad:Bashar al-Assad', 'moscow:Moscow']);
    const none = await mapPackedMentions(doc, text, segments, { mentions: {} as { triples: number[] }, entities: [] });
    expect(none.mentions).toEqual([]);
  });

  it('finds the same text nodes for mentions in any order, and drops one that starts or ends between two blocks', async () => {
    vi.stubGlobal('StaticRange', FakeStaticRange);
    const doc = document;
    doc.body.innerHTML = '<p>Bashar al-Assad met <b>Vladimir</b> Putin.</p><p>In Moscow, Sergei Lavrov spoke.</p>';
    const [p1, p2] = Array.from(doc.querySelectorAll('p'));
    const nodes = [p1.firstChild as Text, p1.querySelector('b')!.firstChild as Text, p1.lastChild as Text, p2.firstChild as Text];
    // Collected as the extraction does: a newline between the two blocks, in no segment.
    const segments: TextSegment[] = [];
    let text = '';
    for (const node of nodes) {
      if (node === nodes[3]) text += '\n';
      segments.push({ node, start: text.length, end: text.length + node.data.length });
      text += node.data;
    }
    const at = (name: string, id: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, entityId: id });
    const inOrder = [at('Bashar al-Assad', 'assad'), at('Vladimir Putin', 'putin'), at('Moscow', 'moscow'), at('Sergei Lavrov', 'lavrov')];
    // A mention starting on the newline between the blocks is in no text node: dropped, wherever it comes in the list.
    const newline = text.indexOf('\n');
    const across = { start: newline, end: newline + 3, entityId: 'x' };
    const texts = async (ms: { start: number; end: number; entityId: string }[]) => {
      const packed = packMentions(ms);
      const map = await mapPackedMentions(doc, text, segments, { mentions: packed.mentions, entities: packed.ids.map((id) => ({ id })) });
      return map.mentions.map((m) => `${m.entityId}:${map.live(m.index).toString()}`).sort();
    };
    const want = ['assad:Bashar al-Assad', 'lavrov:Sergei Lavrov', 'moscow:Moscow', 'putin:Vladimir Putin'];
    expect(await texts(inOrder)).toEqual(want);
    expect(await texts([inOrder[3], inOrder[1], inOrder[2], inOrder[0]])).toEqual(want);
    expect(await texts([inOrder[2], across, inOrder[0], inOrder[3], inOrder[1]])).toEqual(want);
    // One that starts in a text node and ends past it, on the newline, is dropped too (its end is in no text node).
    const endsAcross = { start: text.indexOf('Putin'), end: newline + 1, entityId: 'y' };
    expect(await texts([...inOrder, endsAcross])).toEqual(want);
    expect(await texts([endsAcross, { start: text.indexOf('Putin'), end: newline, entityId: 'putin' }])).toEqual(['putin:Putin.']);
    const objects = await mapMentions(doc, text, segments, [inOrder[3], inOrder[0], across, inOrder[2], inOrder[1]]);
    expect(objects.mentions.map((m) => objects.live(m.index).toString()).sort()).toEqual(['Bashar al-Assad', 'Moscow', 'Sergei Lavrov', 'Vladimir Putin']);
    expect(objects.at(nodes[3], nodes[3].data.indexOf('Lavrov'))).toBe(0);
  });
});
