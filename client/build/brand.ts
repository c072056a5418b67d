/**
 * The portal's identity as the browser and the operating system see it: the install dialog,
 * the home-screen icon, the title bar. One source for the web app manifest, the generated
 * icons and index.html, so the three never disagree.
 */
export const BRAND = {
  name: 'Bürgerportal Werne',
  shortName: 'Bürgerportal',
  description:
    'Anliegen an die Stadt Werne online erledigen – Anträge vorbereiten, auch ohne Internetverbindung, und den Bearbeitungsstand verfolgen.',
  /**
   * A calm municipal blue. White on it has a contrast of 6.7:1, so the emblem and any text the
   * OS draws on the theme colour stay readable (WCAG 1.4.3/1.4.11).
   */
  themeColor: '#005ea5',
  backgroundColor: '#ffffff',
  emblemColor: '#ffffff',
} as const;
