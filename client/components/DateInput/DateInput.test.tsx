import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { DateInput } from './DateInput';

beforeAll(() => initI18n('de'));

const render = (props: Partial<Parameters<typeof DateInput>[0]>) =>
  renderToString(
    <DateInput
      fieldId="pickupDate"
      legend="An welchem Tag?"
      value={{ day: '3', month: '', year: '2027' }}
      asHeading={false}
      onChange={() => undefined}
      {...props}
    />,
  );

describe('DateInput', () => {
  it('groups three labelled fields in a fieldset with the question as legend', () => {
    const html = render({ hint: 'Zum Beispiel 15 3 2027' });
    expect(html).toContain('<fieldset class="fieldset" role="group" aria-describedby="field-pickupDate-hint">');
    expect(html).toContain('<legend');
    for (const part of ['day', 'month', 'year']) expect(html).toContain(`for="field-pickupDate-${part}"`);
    expect(html).toContain('value="2027"');
  });

  it('marks only the missing part and links the error to the group', () => {
    const html = render({ error: 'Der Wunschtermin muss einen Monat enthalten.', errorCode: 'missingMonth' });
    expect(html).toContain('aria-describedby="field-pickupDate-error"');
    expect(html.match(/input--error/g)).toHaveLength(1);
    expect(html).toMatch(/class="input input--width-6 input--error" id="field-pickupDate-month"/);
    expect(html).toContain('<span class="visually-hidden">Fehler: </span>');
  });

  it('does not ask for a numeric keyboard in the month, which takes names too', () => {
    const html = render({});
    expect(html).toMatch(/id="field-pickupDate-day"[^>]*inputmode="numeric"|inputmode="numeric"[^>]*id="field-pickupDate-day"/);
    expect(html).not.toMatch(/inputmode="numeric"[^>]*id="field-pickupDate-month"|id="field-pickupDate-month"[^>]*inputmode/);
  });
});
