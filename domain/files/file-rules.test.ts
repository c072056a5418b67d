import { describe, expect, it } from 'vitest';
import { acceptAttribute, acceptsType, checkChosenFile, chunkCount, chunkLength, claimedType, CHUNK_BYTES, formatBytes, GLOBAL_MAX_BYTES } from './file-rules';

const PHOTOS = { accept: ['image/jpeg', 'image/png', 'image/webp', 'image/heic'], maxBytes: 5_000_000, maxFiles: 3 };
const ALL = { ...PHOTOS, accept: [...PHOTOS.accept, 'application/pdf'] };

describe('a chosen file on the device', () => {
  it('is kept when type and size fit', () => {
    expect(checkChosenFile(PHOTOS, { name: 'zaehler.JPG', type: 'image/jpeg', size: 2_000_000 }, 0)).toBeUndefined();
  });

  it('counts a HEIC photo the browser reports without a type by its name', () => {
    expect(claimedType({ name: 'IMG_0001.HEIC', type: '' })).toBe('image/heic');
    expect(checkChosenFile(PHOTOS, { name: 'IMG_0001.HEIC', type: '', size: 10 }, 0)).toBeUndefined();
    expect(acceptsType(PHOTOS, 'image/heif')).toBe(true);
  });

  it('is refused by type, size, emptiness, name and count, each with its own code', () => {
    expect(checkChosenFile(PHOTOS, { name: 'bescheid.pdf', type: 'application/pdf', size: 10 }, 0)).toEqual({ code: 'wrongType' });
    expect(checkChosenFile(ALL, { name: 'bescheid.pdf', type: 'application/pdf', size: 10 }, 0)).toBeUndefined();
    expect(checkChosenFile(PHOTOS, { name: 'script.js', type: 'text/javascript', size: 10 }, 0)).toEqual({ code: 'wrongType' });
    expect(checkChosenFile(PHOTOS, { name: 'a.png', type: 'image/png', size: 5_000_001 }, 0)).toEqual({ code: 'tooLarge', params: { max: 5_000_000 } });
    expect(checkChosenFile(PHOTOS, { name: 'a.png', type: 'image/png', size: 0 }, 0)).toEqual({ code: 'empty' });
    expect(checkChosenFile(PHOTOS, { name: 'a.png', type: 'image/png', size: 10 }, 3)).toEqual({ code: 'tooMany', params: { max: 3 } });
    expect(checkChosenFile(PHOTOS, { name: `${'x'.repeat(201)}.png`, type: 'image/png', size: 10 }, 0)).toEqual({ code: 'badName' });
  });

  it('never allows more than the global cap, whatever the catalogue says', () => {
    const generous = { ...PHOTOS, maxBytes: GLOBAL_MAX_BYTES * 10 };
    expect(checkChosenFile(generous, { name: 'a.png', type: 'image/png', size: GLOBAL_MAX_BYTES + 1 }, 0)?.code).toBe('tooLarge');
  });
});

describe('upload pieces', () => {
  it('cover the file exactly, the last one shorter', () => {
    const size = CHUNK_BYTES * 2 + 10;
    expect(chunkCount(size)).toBe(3);
    expect([0, 1, 2].map((n) => chunkLength(size, n))).toEqual([CHUNK_BYTES, CHUNK_BYTES, 10]);
    expect(chunkCount(CHUNK_BYTES)).toBe(1);
  });
});

describe('texts for people', () => {
  it('name sizes in decimal units with a German comma, and give the picker types and endings', () => {
    expect(formatBytes(5_000_000)).toBe('5 MB');
    expect(formatBytes(1_500_000)).toBe('1,5 MB');
    expect(formatBytes(640_000, 'en-GB')).toBe('640 KB');
    expect(acceptAttribute({ accept: ['image/png', 'application/pdf'] })).toBe('image/png,.png,application/pdf,.pdf');
  });
});
