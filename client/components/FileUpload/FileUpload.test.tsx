import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileField } from '../../../domain/catalogue';
import type { DeviceFile } from '../../data/files/file-store';
import { t } from '../../i18n/i18n';
import { initAllTexts } from '../../test-support/all-texts';
import { FileUpload, percentOf, stateText } from './FileUpload';

beforeAll(() => initAllTexts('de'));

const PHOTOS: FileField = { type: 'file', required: true, maxFiles: 3, accept: ['image/jpeg', 'image/png'], maxBytes: 5_000_000 };

const render = (extra: Partial<Parameters<typeof FileUpload>[0]> = {}) =>
  renderToString(
    <FileUpload
      fieldId="photos"
      def={PHOTOS}
      label="Foto des Zählers"
      value={[]}
      asHeading={false}
      onChange={() => undefined}
      owner={{ requestId: '3f1c3c9e-6a53-4a57-9d2e-6a1f8b1b2c3d', serviceId: 'x', catalogueVersion: 1 }}
      {...extra}
    />,
  );

function file(state: DeviceFile['state'], sentBytes = 0): DeviceFile {
  return { id: 'a', requestId: 'r', serviceId: 's', catalogueVersion: 1, fieldId: 'photos', name: 'z.png', type: 'image/png', size: 1000, sha256: '', state, sentBytes, addedAt: '' };
}

describe('FileUpload', () => {
  it('is a native file input labelled by the question, filtered to the accepted types, with the rules as hint', () => {
    const html = render();
    expect(html).toContain('<label class="label" for="field-photos">Foto des Zählers</label>');
    expect(html).toMatch(/<input[^>]*type="file"[^>]*id="field-photos"/);
    expect(html).toContain('accept="image/jpeg,.jpg,.jpeg,image/png,.png"');
    expect(html).toMatch(/<input[^>]*multiple/);
    expect(html).toContain('Erlaubt sind JPG oder PNG. Jede Datei darf höchstens 5 MB groß sein. Sie können bis zu 3 Dateien hinzufügen.');
    expect(html).toContain('aria-describedby="field-photos-hint"');
    expect(html).toContain('Noch keine Datei ausgewählt.');
    expect(html).toContain('aria-live="polite"');
  });

  it('shows the error at the field and describes the input by it', () => {
    const html = render({ error: 'Laden Sie ein Foto hoch.', def: { ...PHOTOS, maxFiles: 1 } });
    expect(html).toContain('aria-describedby="field-photos-hint field-photos-error"');
    expect(html).toContain('<span class="visually-hidden">Fehler: </span>Laden Sie ein Foto hoch.');
    expect(html).not.toMatch(/<input[^>]*multiple/);
  });

  it('says where each file stands, offline included', () => {
    expect(stateText(t, file('stored'), true)).toBe('Auf diesem Gerät gespeichert');
    expect(stateText(t, file('stored'), false)).toBe('Auf diesem Gerät gespeichert, wird hochgeladen, sobald eine Verbindung besteht');
    expect(stateText(t, file('uploading', 500), true)).toBe('Wird hochgeladen … 50 %');
    expect(stateText(t, file('uploaded', 1000), true)).toBe('Hochgeladen');
    expect(percentOf({ sentBytes: 2000, size: 1000 })).toBe(100);
  });
});
