/**
 * The media type of an upload, from its first bytes only. Replaces file-type, whose ZIP
 * inspection inflated a 130 KB upload to 128 MB on the main thread (every other user waited
 * seconds) and threw on a truncated archive (500, upload stuck "uploading"). The catalogue only
 * ever accepts the formats in KNOWN_TYPES (domain/files/file-rules.ts), none of them an archive,
 * so the magic numbers of those formats decide: at most HEADER_BYTES read, nothing inflated.
 * Anything else (ZIP, Office files, scripts, a truncated header) is "unknown" and refused.
 */
export const HEADER_BYTES = 32;

const ascii = (b: Buffer, at: number, text: string) => b.length >= at + text.length && b.toString('latin1', at, at + text.length) === text;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** ISO base media (HEIF) brands of still images, named as file-type named them. */
const HEIF_BRANDS: Record<string, string> = { heic: 'image/heic', heix: 'image/heic', mif1: 'image/heif' };

/** One signature per type the catalogue may accept (KNOWN_TYPES); a test checks none is missing. */
export const SIGNATURES: Record<string, (b: Buffer) => string | undefined> = {
  'image/jpeg': (b) => (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff ? 'image/jpeg' : undefined),
  'image/png': (b) => (b.subarray(0, 8).equals(PNG) ? 'image/png' : undefined),
  'image/webp': (b) => (ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP') ? 'image/webp' : undefined),
  'image/heic': (b) => (ascii(b, 4, 'ftyp') && b.length >= 12 ? HEIF_BRANDS[b.toString('latin1', 8, 12)] : undefined),
  'application/pdf': (b) => (ascii(b, 0, '%PDF-') ? 'application/pdf' : undefined),
};

/** The media type found in the content's first bytes, if it is one the catalogue can accept. */
export function detectMediaType(content: Buffer): string | undefined {
  const head = content.subarray(0, HEADER_BYTES);
  for (const signature of Object.values(SIGNATURES)) {
    const found = signature(head);
    if (found) return found;
  }
  return undefined;
}
