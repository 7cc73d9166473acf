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
