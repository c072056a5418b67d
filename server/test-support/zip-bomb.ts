import { crc32, deflateRawSync } from 'node:zlib';

/**
 * A ZIP whose one entry, `[Content_Types].xml` (the name Office files start with, which made
 * file-type inflate it), is `inflatedMiB` of zeros: ~130 KB on the wire for 128 MiB inflated.
 * `truncate` cuts it off mid-entry, as a broken upload or a hostile one would.
 */
export function zipBomb(inflatedMiB = 128, options: { truncate?: boolean } = {}): Buffer {
  const zeros = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let i = 0; i < inflatedMiB; i++) crc = crc32(zeros, crc);
  const deflated = deflateRawSync(Buffer.alloc(inflatedMiB * 1024 * 1024), { level: 9 });
  const name = Buffer.from('[Content_Types].xml');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0, 6);
  header.writeUInt16LE(8, 8);
  header.writeUInt32LE(crc >>> 0, 14);
  header.writeUInt32LE(deflated.length, 18);
  header.writeUInt32LE(inflatedMiB * 1024 * 1024, 22);
  header.writeUInt16LE(name.length, 26);
  const zip = Buffer.concat([header, name, deflated]);
  return options.truncate ? zip.subarray(0, Math.floor(zip.length / 3)) : zip;
}
