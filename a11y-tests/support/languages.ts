/** The six languages as the language switch names them, for specs that check a screen in each. */
export const ALL_LANGUAGES = [
  { button: 'Deutsch', lang: 'de' },
  { button: 'Leichte Sprache', lang: 'de-x-easy' },
  { button: 'English', lang: 'en' },
  { button: 'Türkçe', lang: 'tr' },
  { button: 'Українська', lang: 'uk' },
  { button: 'العربية', lang: 'ar' },
] as const;
