import { FUND_CATEGORIES } from '../../fundsachen/categories';
import type { FormService } from '../service-definition';

/**
 * Verlust melden (report a lost item) to the Fundbüro, which sits in the Bürgerbüro. The clerks
 * compare reports with found items of the same category when they enter a find.
 */
export const FUNDBUERO_VERLUST_V1: FormService = {
  id: 'fundbuero-verlust',
  version: 1,
  kind: 'form',
  topic: 'fundbuero',
  title: { de: 'Verlust melden', en: 'Report a lost item', 'de-x-easy': 'Sie haben etwas verloren' },
  summary: {
    de: 'Melden Sie dem Fundbüro, was Sie verloren haben. Wir melden uns, wenn es abgegeben wird.',
    en: 'Tell the lost property office what you have lost. We contact you if it is handed in.',
    'de-x-easy': 'Sie haben was verloren? Sagen Sie es dem Fund·büro. Bringt es wer zu uns? Dann sagen wir es Ihnen.',
  },
  namespace: 'fundbuero',
  submission: 'lossReport',
  referencePrefix: 'FBV',
  routing: { kind: 'department', department: 'fundbuero' },
  fee: { kind: 'free' },
  retentionDays: 365,
  privacy: { basis: 'e', law: '§§ 965–984 BGB, § 3 DSG NRW', recipients: [] },
  pages: [
    { id: 'was', fields: ['what'] },
    { id: 'beschreibung', fields: ['description'] },
    { id: 'ort', fields: ['where'] },
    { id: 'datum', fields: ['when'] },
    { id: 'kontakt', fields: ['name', 'email', 'phone'] },
  ],
  fields: {
    what: { type: 'radios', required: true, options: FUND_CATEGORIES },
    description: { type: 'textarea', required: true, maxLength: 1000 },
    where: { type: 'text', required: true, maxLength: 200 },
    when: { type: 'date', required: true, rule: 'past', maxDaysBack: 365 },
    name: { type: 'text', required: true, maxLength: 100, autocomplete: 'name', prefillFrom: 'name' },
    email: { type: 'email', required: true, prefillFrom: 'email' },
    phone: { type: 'tel', required: false, prefillFrom: 'phone' },
  },
};
