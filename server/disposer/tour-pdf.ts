import type { TFunction } from 'i18next';
import type { TourList } from '../../domain/disposer/tour';
import { districtName } from '../../domain/places/streets';
import { PdfWriter } from '../documents/pdf-layout';
import { CITY } from '../documents/request-texts';
import { currentCity } from '../../domain/city/load-city';

export const itemWords = (t: TFunction, items: string[], other?: string) =>
  [...items.map((i) => t(`sperrmuellkarte:fields.items.options.${i}`, { defaultValue: i }) as string), other].filter(Boolean).join(', ');

/** The tour list to print for the crew: one block per pickup, with a box to tick by hand. */
export async function tourPdf(t: TFunction, language: string, tour: TourList, now = new Date()): Promise<Uint8Array> {
  const district = districtName(tour.district);
  const title = t('disposer:tour.title', { day: tour.day, district });
  const pdf = await PdfWriter.create({ title, header: CITY, language, createdAt: now.toISOString() });
  pdf.heading(title, 15);
  pdf.paragraph(t('disposer:tour.count', { count: tour.pickups.length }));
  tour.pickups.forEach((p, i) => {
    pdf.heading(`${i + 1}. ${p.street} ${p.houseNumber}, ${p.postcode} ${currentCity().name}`, 11);
    pdf.field(t('disposer:tour.reference'), p.reference);
    pdf.field(t('disposer:tour.items'), itemWords(t, p.items, p.itemsOther) || '–');
    pdf.field(t('disposer:tour.volume'), `${p.volumeM3.toLocaleString(language.startsWith('de') ? 'de-DE' : 'en-GB')} m³`);
    pdf.field(t('disposer:tour.phone'), p.phone ?? '–');
    pdf.field(t('disposer:tour.outcome'), p.outcome ? t(`disposer:outcomes.${p.outcome.state}`) + (p.outcome.reason ? `: ${p.outcome.reason}` : '') : '☐ ' + t('disposer:outcomes.done') + '   ☐ ' + t('disposer:outcomes.not_possible'));
  });
  return pdf.bytes();
}
