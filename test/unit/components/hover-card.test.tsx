// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { HoverCard } from '../../../components/HoverCard';
import { buildCard } from '../../../lib/card';
import { record } from '../helpers';

describe('the hover card', () => {
  const entity = record({
    id: 'x',
    name: 'Asaad al-Shaibani',
    description: 'Foreign minister <img src=x onerror=alert(1)>',
    facts: [{ label: 'Office', value: 'Minister of Foreign Affairs of Syria', since: '2024-12-21', source: 'https://www.example.org/fm', asOf: '2026-01-18' }],
  });

  it('shows the name, type, role, facts with their as-of date and a source link, all as text', () => {
    const root = document.createElement('div');
    render(<HoverCard model={buildCard(entity, '2025-02-13')} mentions={1} onClose={() => {}} />, root);
    expect(root.querySelector('.name')!.textContent).toBe('Asaad al-Shaibani');
    expect(root.querySelector('.type')!.textContent).toBe('Person · Minister of Foreign Affairs of Syria');
    expect(root.querySelector('.fact-asof')!.textContent).toBe('as of 18 Jan 2026');
    expect(root.querySelector('a.fact-source')!.getAttribute('href')).toBe('https://www.example.org/fm');
    // Data is text, never markup.
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.description')!.textContent).toContain('<img');
  });

  it('closes from its close button', () => {
    const root = document.createElement('div');
    const onClose = vi.fn();
    render(<HoverCard model={buildCard(entity, '2025-02-13')} onClose={onClose} />, root);
    (root.querySelector('button.close') as HTMLButtonElement).click();
    expect(onClose).toHaveBeenCalled();
  });
});

describe('the hover card, compact and complete', () => {
  const facts = Array.from({ length: 6 }, (_, i) => ({
    label: `Fact ${i + 1}`,
    value: `Value ${i + 1}`,
    source: 'https://www.example.org/src',
    asOf: '2025-01-01',
    ...(i === 1 ? { ref: 'syria' } : {}),
  }));
  const entity = record({ id: 'p', name: 'بشار الأسد', description: 'A person.', facts, wikipedia: 'Someone' });
  const model = buildCard(entity, '2025-02-13');

  function show(extra: Record<string, unknown> = {}) {
    const root = document.createElement('div');
    const on = { onClose: vi.fn(), onStep: vi.fn(), onPin: vi.fn(), onOpen: vi.fn(), onWrongMatch: vi.fn(), onToggleMore: vi.fn() };
    render(<HoverCard model={model} mentions={6} position={2} {...on} {...extra} />, root);
    return { root, ...on };
  }

  it('shows three facts first and the rest behind "More"; the footer is always there', () => {
    const { root, onToggleMore } = show({ related: [{ id: 'syria', name: 'Syria', role: 'former president of' }] });
    expect(root.querySelectorAll('.fact')).toHaveLength(3);
    expect(root.querySelector('.related')).toBeNull();
    const more = root.querySelector('button.more') as HTMLButtonElement;
    expect(more.textContent).toBe('More (4)');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    more.click();
    expect(onToggleMore).toHaveBeenCalledWith(true);
    expect(root.querySelector('footer a.wikipedia')).not.toBeNull();
    expect(root.querySelector('footer button.wrong')).not.toBeNull();
  });

  it('"More" counts what it adds: no negative count when the card has fewer facts than it shows first', () => {
    // Seen on real pages: Christopher Luxon (one fact and related entities) read "More (-1)", New York "More (0)".
    const few = buildCard(record({ id: 'l', name: 'Christopher Luxon', description: 'Prime Minister of New Zealand since 2023.', facts: facts.slice(0, 1) }), '2024-06-20');
    const root = document.createElement('div');
    render(<HoverCard model={few} mentions={1} onClose={() => {}} onToggleMore={() => {}} related={[{ id: 'nz', name: 'New Zealand', role: 'prime minister of' }]} />, root);
    expect(root.querySelector('button.more')!.textContent).toBe('More (1)');
    render(<HoverCard model={few} mentions={1} onClose={() => {}} onToggleMore={() => {}} />, root);
    expect(root.querySelector('button.more')).toBeNull();
  });

  it('expanded: every fact, related entities and fact references as links that open their cards', () => {
    const { root, onOpen } = show({ expanded: true, related: [{ id: 'syria', name: 'Syria', role: 'former president of' }], factRefs: { 1: { id: 'syria', name: 'Syria' } } });
    expect(root.querySelectorAll('.fact')).toHaveLength(6);
    (root.querySelector('.related button.entity-link[data-id=syria]') as HTMLButtonElement).click();
    (root.querySelector('.fact button.fact-value.entity-link') as HTMLButtonElement).click();
    expect(onOpen).toHaveBeenCalledTimes(2);
    expect(onOpen).toHaveBeenCalledWith('syria');
    expect(root.querySelector('button.more')!.textContent).toBe('Less');
  });

  it('steps through the entity\'s mentions, shows the position, pins, and reports a wrong match', () => {
    const { root, onStep, onPin, onWrongMatch } = show();
    expect(root.querySelector('.mentions')!.textContent).toBe('2 of 6');
    (root.querySelector('button.step.next') as HTMLButtonElement).click();
    (root.querySelector('button.step.prev') as HTMLButtonElement).click();
    expect(onStep.mock.calls).toEqual([[1], [-1]]);
    const pin = root.querySelector('button.pin') as HTMLButtonElement;
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    pin.click();
    expect(onPin).toHaveBeenCalledWith(true);
    (root.querySelector('button.wrong') as HTMLButtonElement).click();
    expect(onWrongMatch).toHaveBeenCalled();
  });

  it('keeps its own direction and names the dialog after the entity; names in RTL scripts are isolated', () => {
    const { root } = show({ wrongMatch: true, onUndoWrongMatch: () => {} });
    const card = root.querySelector('.card')!;
    expect(card.getAttribute('dir')).toBe('ltr');
    expect(card.getAttribute('role')).toBe('dialog');
    const heading = root.querySelector(`#${card.getAttribute('aria-labelledby')}`)!;
    expect(heading.textContent).toBe('بشار الأسد');
    expect(heading.querySelector('bdi')).not.toBeNull();
    // After "wrong match" the card says so and offers undo instead of the button.
    expect(root.querySelector('.wrong-note button.undo')).not.toBeNull();
    expect(root.querySelector('button.wrong')).toBeNull();
  });

  it('renders optional data notes when the dataset provides them', () => {
    const withNotes = { ...model, datasetAsOf: '2026-01-18', facts: model.facts.map((f, i) => (i === 0 ? { ...f, note: 'from general knowledge' } : f)) };
    const root = document.createElement('div');
    render(<HoverCard model={withNotes} expanded onClose={() => {}} onToggleMore={() => {}} />, root);
    expect(root.querySelector('.fact-note')!.textContent).toContain('from general knowledge');
    expect(root.querySelector('.dataset-asof')!.textContent).toBe('Dataset as of 18 Jan 2026.');
  });
});
