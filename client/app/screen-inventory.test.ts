import { describe, expect, it } from 'vitest';
import { listServices } from '../../domain/catalogue';
import { FORM_SERVICE_IDS, SCREENS } from '../../a11y-tests/screens';
import { appRoutes } from './app-routes';

describe('the screen inventory of the accessibility matrix (a11y-tests/screens.ts)', () => {
  const routes = appRoutes();

  it('reads the routes of App.tsx', () => {
    expect(routes).toContain('/');
    expect(routes).toContain('/sachbearbeitung/:id');
    expect(routes).toContain('*');
    expect(appRoutes('<Route path="/a" component={A} />\n<Route default component={B} />')).toEqual(['/a', '*']);
  });

  it('has a screen for every route of the app', () => {
    const covered = new Set(SCREENS.map((s) => s.route));
    expect(routes.filter((r) => !covered.has(r)), 'routes of App.tsx without a screen in a11y-tests/screens.ts').toEqual([]);
  });

  it('names only routes the app has, and each screen once', () => {
    expect(SCREENS.filter((s) => !routes.includes(s.route)).map((s) => s.id)).toEqual([]);
    const ids = SCREENS.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has the start page and a question page of every form service of the catalogue', () => {
    const services = listServices().map((s) => s.id);
    expect(services.filter((id) => !FORM_SERVICE_IDS.includes(id)), 'form services without screens').toEqual([]);
    for (const id of services) {
      expect(SCREENS.some((s) => s.path === `/${id}`), `start page of ${id}`).toBe(true);
      expect(SCREENS.some((s) => s.path.startsWith(`/${id}/{draft:${id}}/`)), `a question page of ${id}`).toBe(true);
    }
    // Question pages named in the inventory exist in the service's form.
    for (const s of SCREENS.filter((x) => x.id.startsWith('form:'))) {
      const [serviceId, pageId] = s.id.slice('form:'.length).split('/');
      const service = listServices().find((x) => x.id === serviceId);
      expect(service?.pages.map((p) => p.id), s.id).toContain(pageId);
    }
  });
});
