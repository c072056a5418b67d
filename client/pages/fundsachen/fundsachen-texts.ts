import deListe from '../../../locales/de/fundsachen-liste.json';
import easyListe from '../../../locales/de-x-easy/fundsachen-liste.json';
import enListe from '../../../locales/en/fundsachen-liste.json';
import { addTexts } from '../../i18n/i18n';
import type { Language } from '../../i18n/languages';

/**
 * Texts of the public list and the clerks' page (`fundsachen-liste`), in the lazy chunk of those
 * pages rather than in every visitor's first download (the first-visit size budget).
 */
export const FUNDSACHEN_LISTE_TEXTS: Record<Language, Record<string, unknown>> = { de: deListe, en: enListe, 'de-x-easy': easyListe };

export const FUNDSACHEN_LISTE_NAMESPACE = 'fundsachen-liste';

addTexts(FUNDSACHEN_LISTE_NAMESPACE, FUNDSACHEN_LISTE_TEXTS);
