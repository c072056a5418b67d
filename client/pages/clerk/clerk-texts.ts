import deClerk from '../../../locales/de/clerk.json';
import easyClerk from '../../../locales/de-x-easy/clerk.json';
import enClerk from '../../../locales/en/clerk.json';
import { addTexts } from '../../i18n/i18n';

// The workspace's texts travel with its pages (loaded on demand), not in every citizen's first download.
addTexts('clerk', { de: deClerk, en: enClerk, 'de-x-easy': easyClerk });
