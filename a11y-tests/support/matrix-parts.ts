import { SCREENS, type Screen, type Who } from '../screens';

/**
 * The matrix in parts, one test each, so that Playwright's two workers share it evenly (a
 * worker takes the next part when it is done with one). A part walks its screens in every
 * language, so the colour checks one language made are known to the next (a11y-matrix.spec.ts).
 * Every screen is in exactly one part: the last one takes whatever the others do not.
 */
export interface MatrixPart {
  id: string;
  title: string;
  screens: readonly Screen[];
}

/** The order visitors' screens are walked in; a visitor not named here comes after these. */
const WHO_ORDER: Who[] = ['anon', 'citizen', 'newCitizen', 'bundidCitizen', 'clerk', 'lead', 'fundbuero', 'treasury', 'admin'];
const whoRank = (who: Who) => (WHO_ORDER.includes(who) ? WHO_ORDER.indexOf(who) : WHO_ORDER.length);

const isForm = (s: Screen) => s.who === 'citizen' && s.route.startsWith('/:serviceId');
const forms = SCREENS.filter(isForm);
/** The citizens' forms are half the screens: in three parts of about a sixth of the matrix each. */
const FORM_PARTS = 3;
const formPart = (k: number) => (s: Screen) => isForm(s) && Math.floor((forms.indexOf(s) * FORM_PARTS) / forms.length) === k;

const PREDICATES: { id: string; title: string; has: (s: Screen) => boolean }[] = [
  { id: 'public', title: 'public pages', has: (s) => s.who === 'anon' },
  { id: 'citizens', title: 'citizens’ account and requests', has: (s) => ['citizen', 'newCitizen', 'bundidCitizen'].includes(s.who) && !isForm(s) },
  ...Array.from({ length: FORM_PARTS }, (_, k) => ({ id: `forms-${k + 1}`, title: `citizens’ forms, part ${k + 1}`, has: formPart(k) })),
  { id: 'staff', title: 'staff and administration (and any other screens)', has: () => true },
];

export const MATRIX_PARTS: readonly MatrixPart[] = (() => {
  const taken = new Set<Screen>();
  return PREDICATES.map(({ id, title, has }) => {
    const screens = SCREENS.filter((s) => !taken.has(s) && has(s));
    for (const s of screens) taken.add(s);
    // Stable sort: by visitor (one browser context each), in the inventory's order within one.
    return { id, title, screens: [...screens].sort((a, b) => whoRank(a.who) - whoRank(b.who)) };
  });
})();
