import { describe, expect, it } from 'vitest';
import { SPERRMUELLKARTE } from '../../../domain/catalogue';
import { headingField, headingKey } from './page-layout';

const page = (id: string) => SPERRMUELLKARTE.pages.find((p) => p.id === id)!;

describe('form page headings', () => {
  it('uses the only question, or a leading group question, as the heading', () => {
    expect(headingField(SPERRMUELLKARTE, page('menge'))).toBe('volume');
    expect(headingField(SPERRMUELLKARTE, page('termin'))).toBe('pickupSlot');
    expect(headingField(SPERRMUELLKARTE, page('gegenstaende'))).toBe('items');
  });

  it('gives a page of several inputs its own title', () => {
    expect(headingField(SPERRMUELLKARTE, page('adresse'))).toBeUndefined();
    expect(headingKey(SPERRMUELLKARTE, page('adresse'))).toBe('sperrmuellkarte:pages.adresse.title');
  });
});
