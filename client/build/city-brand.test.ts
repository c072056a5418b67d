import { describe, expect, it, vi } from 'vitest';

// This file's process builds for another city, chosen by configuration alone.
vi.hoisted(() => {
  process.env.CITY = 'musterstadt';
});

import { MUSTERSTADT } from '../../domain/city';
import { createPwaAssets, MANIFEST_FILE } from './pwa-assets-plugin';

describe('the build for CITY=musterstadt', () => {
  const assets = createPwaAssets({ hashed: true, publicPath: '/' });

  it('names and colours the installed app after that city', () => {
    const manifest = JSON.parse(assets.files.get(MANIFEST_FILE)!.content.toString('utf8'));
    expect(manifest).toMatchObject({ name: 'Bürgerportal Musterstadt', short_name: 'Musterstadt', theme_color: MUSTERSTADT.colours.primary });
    expect(manifest.description).toContain('Gemeinde Musterstadt');
  });

  it("emits that city's emblem as the header's file", () => {
    expect(assets.emblemHref).toMatch(/^\/assets\/emblem\.[0-9a-f]{12}\.svg$/);
    expect(assets.files.get(assets.emblemHref.slice(1))!.content.toString('utf8')).toBe(MUSTERSTADT.emblemSvg);
  });
});
