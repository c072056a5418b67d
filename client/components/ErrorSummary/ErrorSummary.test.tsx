import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { ErrorSummary } from './ErrorSummary';

beforeAll(() => initI18n('de'));

describe('ErrorSummary', () => {
  it('lists each error as a link to its field, under an alert heading', () => {
    const html = renderToString(
      <ErrorSummary errors={[{ href: '#field-volume', text: 'Geben Sie an, wie viel Sperrmüll es ist.' }]} />,
    );
    expect(html).toContain('tabindex="-1"');
    expect(html).toContain('role="alert"');
    expect(html).toContain('Es gibt ein Problem');
    expect(html).toContain('<a href="#field-volume">Geben Sie an, wie viel Sperrmüll es ist.</a>');
  });

  it('renders nothing without errors, so no empty alert is announced', () => {
    expect(renderToString(<ErrorSummary errors={[]} />)).toBe('');
  });
});
