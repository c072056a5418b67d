import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { StreetInput } from './StreetInput';

beforeAll(() => initI18n('de'));

const render = (props: Partial<Parameters<typeof StreetInput>[0]>) =>
  renderToString(
    <StreetInput fieldId="street" label="Straße" value="Bonen" asHeading={false} onInput={() => undefined} {...props} />,
  );

describe('StreetInput', () => {
  it('is a labelled combobox that controls a listbox, closed until the citizen types', () => {
    const html = render({});
    expect(html).toContain('<label class="label" for="field-street">Straße</label>');
    expect(html).toMatch(/id="field-street"[^>]*role="combobox"/);
    expect(html).toContain('aria-autocomplete="list"');
    expect(html).toContain('aria-expanded="false"');
    expect(html).toContain('aria-controls="field-street-listbox"');
    expect(html).toMatch(/<ul[^>]*id="field-street-listbox"[^>]*role="listbox"/);
    expect(html).toContain('value="Bonen"');
    expect(html).toContain('role="status"');
  });

  it('links hint and error to the input and marks the error', () => {
    const html = render({ hint: 'Nur Straßen in Werne', error: 'Diese Straße gibt es in Werne nicht.' });
    expect(html).toContain('aria-describedby="field-street-hint field-street-error"');
    expect(html).toContain('input--error');
    expect(html).toContain('<span class="visually-hidden">Fehler: </span>Diese Straße gibt es in Werne nicht.');
  });

  it('puts the label inside the h1 when it is the page\'s only question', () => {
    expect(render({ asHeading: true })).toMatch(/<h1 class="question-heading" tabindex="-1"><label class="label label--heading"/);
  });
});
