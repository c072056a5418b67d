/**
 * An ICC v2 display profile for sRGB (IEC 61966-2.1), built from the standard's published numbers:
 * primaries adapted to the D50 connection space (Bradford) and the piecewise sRGB transfer curve as
 * a 1024-point table. PDF/A needs one as the document's OutputIntent; making it here keeps the
 * portal free of binary blobs of unclear origin and of any download.
 */

const D50 = [0.9642, 1.0, 0.8249];
const RED = [0.4360747, 0.2225045, 0.0139322];
const GREEN = [0.3850649, 0.7168786, 0.0971045];
const BLUE = [0.1430804, 0.0606169, 0.7141733];
export const SRGB_DESCRIPTION = 'sRGB IEC61966-2.1';

function s15Fixed16(v: number): number {
  return Math.round(v * 65536) | 0;
}

function xyzTag(xyz: number[]): Buffer {
  const b = Buffer.alloc(20);
  b.write('XYZ ', 0, 'latin1');
  xyz.forEach((v, i) => b.writeInt32BE(s15Fixed16(v), 8 + 4 * i));
  return b;
}

function curveTag(points: number): Buffer {
  const b = Buffer.alloc(12 + 2 * points);
  b.write('curv', 0, 'latin1');
  b.writeUInt32BE(points, 8);
  for (let i = 0; i < points; i++) {
    const c = i / (points - 1);
    const linear = c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    b.writeUInt16BE(Math.round(linear * 65535), 12 + 2 * i);
  }
  return b;
}

function descTag(text: string): Buffer {
  // textDescriptionType: ASCII part, then empty Unicode and ScriptCode parts (67 bytes reserved).
  const ascii = Buffer.from(`${text}\0`, 'latin1');
  const b = Buffer.alloc(12 + ascii.length + 8 + 3 + 67);
  b.write('desc', 0, 'latin1');
  b.writeUInt32BE(ascii.length, 8);
  ascii.copy(b, 12);
  return b;
}

function textTag(text: string): Buffer {
  const b = Buffer.alloc(8 + text.length + 1);
  b.write('text', 0, 'latin1');
  b.write(text, 8, 'latin1');
  return b;
}

const pad4 = (b: Buffer) => (b.length % 4 === 0 ? b : Buffer.concat([b, Buffer.alloc(4 - (b.length % 4))]));

let cached: Uint8Array | undefined;

export function srgbIccProfile(): Uint8Array {
  if (cached) return cached;
  const curve = pad4(curveTag(1024));
  const tags: [string, Buffer][] = [
    ['desc', pad4(descTag(SRGB_DESCRIPTION))],
    ['cprt', pad4(textTag('No copyright, use freely'))],
    ['wtpt', xyzTag(D50)],
    ['rXYZ', xyzTag(RED)],
    ['gXYZ', xyzTag(GREEN)],
    ['bXYZ', xyzTag(BLUE)],
    ['rTRC', curve],
    ['gTRC', curve],
    ['bTRC', curve],
  ];
  const tableSize = 4 + 12 * tags.length;
  const table = Buffer.alloc(tableSize);
  table.writeUInt32BE(tags.length, 0);
  const bodies: Buffer[] = [];
  let offset = 128 + tableSize;
  let curveOffset = 0;
  tags.forEach(([sig, data], i) => {
    table.write(sig, 4 + 12 * i, 'latin1');
    let at = offset;
    // The three channels share one curve, as most sRGB profiles do.
    if (data === curve && curveOffset) at = curveOffset;
    else {
      if (data === curve) curveOffset = offset;
      bodies.push(data);
      offset += data.length;
    }
    table.writeUInt32BE(at, 8 + 12 * i);
    table.writeUInt32BE(data.length, 12 + 12 * i);
  });
  const header = Buffer.alloc(128);
  header.writeUInt32BE(offset, 0);
  header.writeUInt32BE(0x02100000, 8);
  header.write('mntr', 12, 'latin1');
  header.write('RGB ', 16, 'latin1');
  header.write('XYZ ', 20, 'latin1');
  [2026, 1, 1, 0, 0, 0].forEach((v, i) => header.writeUInt16BE(v, 24 + 2 * i));
  header.write('acsp', 36, 'latin1');
  D50.forEach((v, i) => header.writeInt32BE(s15Fixed16(v), 68 + 4 * i));
  cached = new Uint8Array(Buffer.concat([header, table, ...bodies]));
  return cached;
}
