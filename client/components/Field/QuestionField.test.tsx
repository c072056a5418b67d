import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { SPERRMUELLKARTE } from '../../../domain/catalogue';
import { initAllTexts } from '../../test-support/all-texts';
import { QuestionField } from './QuestionField';

beforeAll(() => initAllTexts('de'));

const render = (fieldId: string, extra: Partial<Parameters<typeof QuestionField>[0]> = {}) =>
  renderToString(
    <QuestionField service={SPERRMUELLKARTE} fieldId={fieldId} value={undefined} asHeading={false} onChange={() => undefined} {...extra} />,
  );

describe('QuestionField', () => {
  it('puts the label of a page\'s only question inside the h1', () => {
    const html = render('volume', { asHeading: true, value: '2,5' });
    expect(html).toMatch(/<h1 class="question-heading" tabindex="-1"><label class="label label--heading" for="field-volume">Wie viel Sperrmüll ist es\?<\/label><\/h1>/);
    expect(html).toContain('inputmode="decimal"');
    expect(html).toContain('aria-hidden="true">m³</div>');
    expect(html).toContain('aria-describedby="field-volume-hint"');
  });

  it('groups checkboxes under a legend, each with its own label', () => {
    const html = render('items', { value: ['holz'] });
    expect(html).toContain('<legend class="fieldset__legend">Was sollen wir abholen?</legend>');
    expect(html).toContain('for="field-items-moebel">Möbel</label>');
    expect(html).toMatch(/id="field-items-holz"[^>]*checked/);
  });

  it('shows the same error text at the field as the summary does, and describes the input by it', () => {
    const html = render('postcode', { value: '5936', error: { field: 'postcode', code: 'format' } });
    expect(html).toContain('Geben Sie eine Postleitzahl mit 5 Ziffern ein, zum Beispiel 59368.');
    expect(html).toContain('aria-describedby="field-postcode-error"');
    expect(html).toContain('autocomplete="postal-code"');
    expect(html).toContain('form-group--error');
  });

  it('asks for a phone number with a telephone keyboard', () => {
    expect(render('phone')).toMatch(/type="tel"/);
  });
});
