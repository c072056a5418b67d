import { computed } from '@preact/signals';
import { language } from '../i18n/i18n';

/**
 * Leichte Sprache is a mode, not only a set of texts: larger type and line spacing (CSS on
 * `html[lang='de-x-easy']`, so it applies from the first paint), one sentence per line,
 * pictograms at the main actions, explained words and the "not legally binding" notice.
 */
export const easyLanguage = computed(() => language.value === 'de-x-easy');

export const GLOSSARY_PATH = '/leichte-sprache/woerterbuch';
