// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { About } from '../../../components/About';
import { ATTRIBUTIONS } from '../../../lib/attributions';

describe('the sources list of the options page', () => {
  it('names the region titles and names source with its licence and its data origins', () => {
    const root = document.createElement('div');
    render(<About attributions={ATTRIBUTIONS} data={null} />, root);
    const item = [...root.querySelectorAll('.sources li')].find((li) => li.textContent!.includes('iso3166-2-db'));
    expect(item).toBeTruthy();
    expect(item!.textContent).toContain('MIT');
    expect(item!.textContent).toContain('GeoNames (CC BY 4.0)');
    expect(item!.textContent).toContain('OpenStreetMap (ODbL 1.0)');
  });
});
