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
