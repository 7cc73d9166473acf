// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { Options, type OptionsProps } from '../../../components/Options';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

function show(props: Partial<OptionsProps>) {
  const root = document.createElement('div');
  const on = { onStyle: vi.fn(), onTheme: vi.fn(), onSiteOn: vi.fn(), onRemoveSuppression: vi.fn(), onUndo: vi.fn() };
  render(<Options settings={DEFAULT_SETTINGS} last={null} {...on} {...props} />, root);
  return { root, ...on };
}

describe('the options page', () => {
  const entry = { entityId: 'turkey', site: 'food.example', name: 'Turkey', phrase: 'turkey', added: '2026-12-04' };
  const settings = { ...DEFAULT_SETTINGS, disabledSites: ['a.example'], suppressions: [entry] };

  it('lists the sites switched off and the wrong matches, each with a way back', () => {
    const { root, onSiteOn, onRemoveSuppression } = show({ settings });
    expect(root.querySelector('.sites li')!.textContent).toContain('a.example');
    expect(root.querySelector('.suppressions li')!.textContent).toContain('“turkey” is not Turkey on food.example');
    (root.querySelector('button.site-on') as HTMLButtonElement).click();
    (root.querySelector('button.unsuppress') as HTMLButtonElement).click();
    expect(onSiteOn).toHaveBeenCalledWith('a.example');
    expect(onRemoveSuppression).toHaveBeenCalledWith(entry);
  });

  it('offers undo for the last change', () => {
    const { root, onUndo } = show({ settings, last: { kind: 'site-on', site: 'b.example' } });
    expect(root.querySelector('.undo-bar')!.textContent).toContain('Switched on for b.example.');
    (root.querySelector('.undo-bar button') as HTMLButtonElement).click();
    expect(onUndo).toHaveBeenCalled();
  });

  it('sets the highlight style and the card theme', () => {
    const { root, onStyle, onTheme } = show({});
    const radio = (name: string, value: string) => root.querySelector(`input[name=${name}][value=${value}]`) as HTMLInputElement;
    expect(radio('highlight-style', 'all').checked).toBe(true);
    // A click checks the radio; browsers then fire change (happy-dom does not, so it is fired here).
    for (const r of [radio('highlight-style', 'hover'), radio('card-theme', 'dark')]) {
      r.click();
      r.dispatchEvent(new Event('change', { bubbles: true }));
    }
    expect(onStyle).toHaveBeenCalledWith('hover');
    expect(onTheme).toHaveBeenCalledWith('dark');
  });
});
