// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { Panel, type PanelProps } from '../../../components/Panel';

function show(props: Partial<PanelProps>) {
  const root = document.createElement('div');
  const handlers = { onReveal: vi.fn(), onToggleSite: vi.fn(), onOpenAbout: vi.fn(), onScanAnyway: vi.fn() };
  render(<Panel page={null} data={null} siteEnabled={true} site="example.com" {...handlers} {...props} />, root);
  return { root, ...handlers };
}

describe('the toolbar panel', () => {
  it('groups what the page names by type, most mentioned first, and reveals one on click', () => {
    const { root, onReveal } = show({
      page: {
        status: 'active', url: 'https://example.com/a', host: 'example.com', topics: [], truncated: false,
        entities: [
          { id: 'syria', name: 'Syria', type: 'country', count: 2 },
          { id: 'bashar-al-assad', name: 'Bashar al-Assad', type: 'person', count: 1 },
          { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', count: 3 },
        ],
      },
    });
    const groups = [...root.querySelectorAll('section.group')].map((g) => g.getAttribute('data-type'));
    expect(groups).toEqual(['person', 'country']);
    const people = [...root.querySelectorAll('section[data-type=person] .entity-name')].map((e) => e.textContent);
    expect(people).toEqual(['Vladimir Putin', 'Bashar al-Assad']);
    (root.querySelector('button.entity[data-id=syria]') as HTMLButtonElement).click();
    expect(onReveal).toHaveBeenCalledWith('syria');
  });

  it('offers to look for names anyway on a page that is no article', () => {
    const { root, onScanAnyway } = show({ page: { status: 'not-article', url: 'https://example.com/', host: 'example.com' } });
    expect(root.textContent).toMatch(/does not look like a news article/);
    (root.querySelector('button.scan-anyway') as HTMLButtonElement).click();
    expect(onScanAnyway).toHaveBeenCalled();
  });

  it('says why a page was not taken as an article', () => {
    const reason = 'the main block is a list of 12 linked headlines (a section, search or front page)';
    const { root } = show({ page: { status: 'not-article', url: 'https://example.com/search', host: 'example.com', reason } });
    expect(root.textContent).toContain(`Why: ${reason}`);
  });

  it('says when the data runs without its offline cache or fell back on an older version', () => {
    const { root } = show({ data: { state: 'ready', version: 'v1', asOf: '2026-06-30', entities: 2538, storage: 'memory', note: 'IndexedDB unavailable' } });
    expect(root.textContent).toMatch(/running without the offline cache/);
    expect(root.textContent).toMatch(/IndexedDB unavailable/);
  });

  it('turns the site off through the switch', () => {
    const { root, onToggleSite } = show({ page: { status: 'disabled', url: 'https://example.com/', host: 'example.com' }, siteEnabled: true });
    const box = root.querySelector('input.site-toggle') as HTMLInputElement;
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    expect(onToggleSite).toHaveBeenCalledWith(false);
  });
});

describe('the toolbar panel as X-Ray', () => {
  const page = {
    status: 'active' as const, url: 'https://example.com/a', host: 'example.com', topics: [], truncated: false,
    entities: [
      { id: 'damascus', name: 'Damascus', type: 'city' as const, count: 2 },
      { id: 'syria', name: 'Syria', type: 'country' as const, count: 1 },
    ],
  };

  it('shows a one-line description under each name, and says when the site is switched off', () => {
    const { root } = show({ page, descriptions: { damascus: 'Capital of Syria.' }, siteEnabled: false });
    expect(root.querySelector('button.entity[data-id=damascus] .entity-desc')!.textContent).toBe('Capital of Syria.');
    expect(root.querySelector('.switch')!.textContent).toBe('Off for example.com');
  });

  it('searches the page and the dataset; a dataset hit opens its card', () => {
    const onOpenEntity = vi.fn();
    const onReveal = vi.fn();
    const { root } = show({
      page, query: 'dam', onQuery: () => {}, onOpenEntity, onReveal,
      dataHits: [
        { id: 'damascus', name: 'Damascus', type: 'city', description: 'Capital of Syria.' },
        { id: 'damascus-gov', name: 'Damascus Governorate', type: 'place', description: 'A governorate.' },
      ],
    });
    // The page's own mention is listed once, under "On this page"; the rest under "In the dataset".
    expect([...root.querySelectorAll('section[data-type=search-page] button.entity')].map((b) => b.getAttribute('data-id'))).toEqual(['damascus']);
    expect([...root.querySelectorAll('section[data-type=search-data] button.entity')].map((b) => b.getAttribute('data-id'))).toEqual(['damascus-gov']);
    (root.querySelector('section[data-type=search-data] button.entity') as HTMLButtonElement).click();
    expect(onOpenEntity).toHaveBeenCalledWith('damascus-gov');
    (root.querySelector('section[data-type=search-page] button.entity') as HTMLButtonElement).click();
    expect(onReveal).toHaveBeenCalledWith('damascus');
  });

  it("finds a page name by another of its names the dataset search matched (an alias), and shows it in the article", () => {
    const onReveal = vi.fn();
    const onOpenEntity = vi.fn();
    // "NYC" is New York's acronym: the background's search returns it; the page names it as "New York".
    const ny = { id: 'new-york', name: 'New York', type: 'city' as const, count: 2 };
    const { root } = show({
      page: { ...page, entities: [...page.entities, ny] },
      query: 'NYC', onQuery: () => {}, onReveal, onOpenEntity,
      dataHits: [{ id: 'new-york', name: 'New York', type: 'city', description: 'Most populous city in the United States.' }],
    });
    expect([...root.querySelectorAll('section[data-type=search-page] button.entity')].map((b) => b.getAttribute('data-id'))).toEqual(['new-york']);
    // Must not: listed twice, or under the dataset where a click opens a card instead of the mention.
    expect(root.querySelector('section[data-type=search-data]')).toBeNull();
    (root.querySelector('section[data-type=search-page] button.entity') as HTMLButtonElement).click();
    expect(onReveal).toHaveBeenCalledWith('new-york');
    expect(onOpenEntity).not.toHaveBeenCalled();
  });

  it('lists the shortcuts and points to the browser settings when a key is missing', () => {
    const onOpenShortcuts = vi.fn();
    const { root } = show({
      page,
      shortcuts: [
        { name: 'next-mention', description: 'Next name', shortcut: 'Alt+Shift+N' },
        { name: 'focus-card', description: 'Into the card', shortcut: '' },
      ],
      onOpenShortcuts,
    });
    expect(root.querySelector('.shortcut[data-name=next-mention] kbd')!.textContent).toBe('Alt+Shift+N');
    expect(root.querySelector('.shortcut[data-name=focus-card] .unset')!.textContent).toBe('no key set');
    const set = root.querySelector('button.set-keys') as HTMLButtonElement;
    expect(set.textContent).toContain('Set the missing keys');
    set.click();
    expect(onOpenShortcuts).toHaveBeenCalled();
  });

  it('says "page", not "article", after the reader asked to look for names anyway', () => {
    const { root } = show({ page, scannedAnyway: true });
    expect(root.querySelector('.status')!.textContent).toBe('2 names found on this page.');
  });
});
