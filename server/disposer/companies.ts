import { districtIds, isDistrict } from '../../domain/places/streets';
import { hashApiKey as hash, matchesApiKey } from '../security/api-keys';

/** A waste company that drives Sperrmüll tours for the city, and the districts it serves. */
export interface DisposerCompany {
  id: string;
  name: string;
  districts: string[];
  /** SHA-256 of its API key: the key itself is never kept in memory longer than parsing. */
  keyHash: Buffer;
}

/** The development company, only with demo data: drives every district with a published key. */
export const DEMO_DISPOSER = { id: 'entsorgung-werne', name: 'Entsorgung Werne (Demo)', key: 'werne-demo-entsorgung' };

/**
 * DISPOSER_COMPANIES: JSON, `[{"id":"…","name":"…","districts":["mitte",…],"key":"…"}]`; a key
 * of at least 24 characters. Unset: the demo company when demo data is seeded, none otherwise.
 */
export function parseDisposerCompanies(raw: string | undefined, seedDemoData: boolean): DisposerCompany[] {
  if (!raw) return seedDemoData ? [{ id: DEMO_DISPOSER.id, name: DEMO_DISPOSER.name, districts: districtIds(), keyHash: hash(DEMO_DISPOSER.key) }] : [];
  const list = JSON.parse(raw) as { id: string; name: string; districts: string[]; key: string }[];
  if (!Array.isArray(list)) throw new Error('DISPOSER_COMPANIES: eine JSON-Liste erwartet');
  return list.map((c) => {
    if (!/^[a-z0-9-]{2,60}$/.test(c.id ?? '')) throw new Error(`DISPOSER_COMPANIES: ungültige id ${JSON.stringify(c.id)}`);
    if (typeof c.key !== 'string' || c.key.length < 24) throw new Error(`DISPOSER_COMPANIES: Schlüssel von ${c.id} zu kurz (mindestens 24 Zeichen)`);
    const unknown = (c.districts ?? []).filter((d) => !isDistrict(d));
    if (!c.districts?.length || unknown.length) throw new Error(`DISPOSER_COMPANIES: Ortsteile von ${c.id} ungültig: ${unknown.join(', ') || 'keine'}`);
    return { id: c.id, name: String(c.name ?? c.id), districts: c.districts, keyHash: hash(c.key) };
  });
}

/** The company whose key this is; compared as hashes in constant time. */
export function companyByKey(companies: readonly DisposerCompany[], key: string): DisposerCompany | undefined {
  return companies.find((c) => matchesApiKey(c.keyHash, key));
}
