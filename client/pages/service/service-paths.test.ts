import { describe, expect, it } from 'vitest';
import { SPERRMUELLKARTE as S } from '../../../domain/catalogue';
import { continuePath, nextPath, previousPath } from './service-paths';

const ID = '3f1c2a9e-0000-4000-8000-000000000001';

describe('service paths', () => {
  it('goes forward page by page and ends on the check page', () => {
    expect(nextPath(S, ID, 'gegenstaende', false)).toBe(`/sperrmuellkarte/${ID}/menge`);
    expect(nextPath(S, ID, 'telefon', false)).toBe(`/sperrmuellkarte/${ID}/pruefen`);
  });

  it('returns to the check page after a change made from there', () => {
    expect(nextPath(S, ID, 'menge', true)).toBe(`/sperrmuellkarte/${ID}/pruefen`);
    expect(previousPath(S, ID, 'menge', true)).toBe(`/sperrmuellkarte/${ID}/pruefen`);
  });

  it('goes back page by page, from the first page to the service start', () => {
    expect(previousPath(S, ID, 'menge', false)).toBe(`/sperrmuellkarte/${ID}/gegenstaende`);
    expect(previousPath(S, ID, 'gegenstaende', false)).toBe('/sperrmuellkarte');
    expect(previousPath(S, ID, 'pruefen', false)).toBe(`/sperrmuellkarte/${ID}/telefon`);
  });

  it('continues a draft where the citizen left it', () => {
    expect(continuePath(S, { id: ID, status: 'draft', currentPage: 'termin' })).toBe(`/sperrmuellkarte/${ID}/termin`);
    expect(continuePath(S, { id: ID, status: 'draft', currentPage: 'pruefen' })).toBe(`/sperrmuellkarte/${ID}/pruefen`);
    expect(continuePath(S, { id: ID, status: 'draft', currentPage: 'gone' })).toBe(`/sperrmuellkarte/${ID}/gegenstaende`);
    expect(continuePath(S, { id: ID, status: 'draft', problems: [{ field: 'volume', code: 'range' }] })).toBe(
      `/sperrmuellkarte/${ID}/pruefen`,
    );
    expect(continuePath(S, { id: ID, status: 'received' })).toBe(`/antraege/${ID}`);
  });
});
