import type { TFunction } from 'i18next';
import type { TourList } from '../../domain/disposer/tour';
import { districtName } from '../../domain/places/streets';
import { PdfWriter } from '../documents/pdf-layout';
import { CITY } from '../documents/request-texts';
import { currentCity } from '../../domain/city/load-city';

export const itemWords = (t: TFunction, items: string[], other?: string) =>
  [...items.map((i) => t(`sperrmuellkarte:fields.items.options.${i}`, { defaultValue: i }) as string), other].filter(Boolean).join(', ');

/**
 * The tour list to print for the crew: one block per pickup, with a box to tick by hand. The
 * labels and item names are translated once per document, not once per pickup: at 200 pickups
 * the repeated lookups were a sixth of the document's time (bench:tour).
 */
export async function tourPdf(t: TFunction, language: string, tour: TourList, now = new Date()): Promise<Uint8Array> {
  const district = districtName(tour.district);
  const title = t('disposer:tour.title', { day: tour.day, district });
  const pdf = await PdfWriter.create({ title, header: CITY, language, createdAt: now.toISOString() });
  const label = { reference: t('disposer:tour.reference'), items: t('disposer:tour.items'), volume: t('disposer:tour.volume'), phone: t('disposer:tour.phone'), outcome: t('disposer:tour.outcome') };
  const open = '☐ ' + t('disposer:outcomes.done') + '   ☐ ' + t('disposer:outcomes.not_possible');
  const remembered = new Map<string, string>();
  const once = (key: string, make: () => string) => remembered.get(key) ?? remembered.set(key, make()).get(key)!;
  const city = currentCity().name;
  const volume = new Intl.NumberFormat(language.startsWith('de') ? 'de-DE' : 'en-GB');
  pdf.heading(title, 15);
  pdf.paragraph(t('disposer:tour.count', { count: tour.pickups.length }));
  tour.pickups.forEach((p, i) => {
    pdf.heading(`${i + 1}. ${p.street} ${p.houseNumber}, ${p.postcode} ${city}`, 11);
    pdf.field(label.reference, p.reference);
    pdf.field(label.items, once(`items\u0000${p.items.join('\u0000')}`, () => itemWords(t, p.items)) + (p.itemsOther ? (p.items.length ? ', ' : '') + p.itemsOther : '') || '–');
    pdf.field(label.volume, `${volume.format(p.volumeM3)} m³`);
    pdf.field(label.phone, p.phone ?? '–');
    pdf.field(label.outcome, p.outcome ? once(`outcome\u0000${p.outcome.state}`, () => t(`disposer:outcomes.${p.outcome!.state}`)) + (p.outcome.reason ? `: ${p.outcome.reason}` : '') : open);
  });
  return pdf.bytes();
}
