/**
 * A comparison key that forgives how people write a street: case, "str." / "strasse" / "Straße",
 * hyphens or spaces ("Kurt Schumacher Str"), umlauts typed as ae/oe/ue and stray spaces.
 */
export function streetKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFC')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/str\.?(?=$|[\s-])/g, 'strasse')
    .replace(/[\s.\-]+/g, '');
}
