import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { caseInProgress, decideCase } from '../test-support/decide';
import { startTestPortal } from '../test-support/test-portal';
import { DEMO_ARCHIVE_KEY } from './archive-key';
import { offerToArchive } from './hand-over';
import { closedAt, runRetention } from './retention';

/**
 * Closed cases past their retention go to the city archive instead of being deleted (xdomea
 * Aussonderung): offered (0501), evaluated by the archive (0502), handed over (0503), confirmed
 * (0506); only then, or for what the archive declines, does the portal delete them.
 */
let portal: Portal;
let citizen: ApiClient;
let clerk: ApiClient;
const DAY = 86_400_000;
const NS = 'urn:xoev-de:xdomea:schema:3.0.0';

beforeAll(async () => {
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register('Anna Archiv');
  clerk = new ApiClient(portal.url);
  await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall');
});
afterAll(() => portal.stop());

async function closedCase(): Promise<string> {
  const id = await caseInProgress(citizen, clerk);
  expect((await decideCase(clerk, id, 'complete')).status).toBe(200);
  return id;
}

function archive(path: string, init: { method?: string; xml?: string; key?: string } = {}) {
  return fetch(`${portal.url}/api/archiv/aussonderungen${path}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: `Bearer ${init.key ?? DEMO_ARCHIVE_KEY}`, ...(init.xml !== undefined ? { 'Content-Type': 'application/xml' } : {}) },
    ...(init.xml !== undefined ? { body: init.xml } : {}),
  });
}

const evaluation = (processId: string, verdicts: [string, string][]) => `<?xml version="1.0" encoding="UTF-8"?>
<xdomea:Aussonderung.Bewertungsverzeichnis.0502 xmlns:xdomea="${NS}">
  <xdomea:Kopf><xdomea:ProzessID>${processId}</xdomea:ProzessID><xdomea:Nachrichtentyp><code>0502</code></xdomea:Nachrichtentyp></xdomea:Kopf>
  ${verdicts.map(([id, v]) => `<xdomea:BewertetesObjekt><xdomea:ID>${id}</xdomea:ID><xdomea:Aussonderungsart><xdomea:Aussonderungsart><code>${v}</code></xdomea:Aussonderungsart></xdomea:Aussonderungsart></xdomea:BewertetesObjekt>`).join('\n  ')}
</xdomea:Aussonderung.Bewertungsverzeichnis.0502>`;

const imported = (processId: string, id: string, ok: boolean) => `<?xml version="1.0" encoding="UTF-8"?>
<xdomea:Aussonderung.AussonderungImportBestaetigen.0506 xmlns:xdomea="${NS}">
  <xdomea:Kopf><xdomea:ProzessID>${processId}</xdomea:ProzessID><xdomea:Nachrichtentyp><code>0506</code></xdomea:Nachrichtentyp></xdomea:Kopf>
  <xdomea:AusgesondertesSGO><xdomea:IDSGO>${id}</xdomea:IDSGO><xdomea:Erfolgreich>${ok}</xdomea:Erfolgreich><xdomea:Archivkennung>StA-Werne-2028-17</xdomea:Archivkennung></xdomea:AusgesondertesSGO>
</xdomea:Aussonderung.AussonderungImportBestaetigen.0506>`;

const caseIsThere = async (id: string) => (await clerk.call('GET', `/api/clerk/requests/${id}`)).status === 200;

describe('handing closed cases to the archive (xdomea Aussonderung)', () => {
  it('offers cases past retention instead of deleting them, and deletes each only once the archive has decided', async () => {
    const [kept, declined, alsoDeclined] = [await closedCase(), await closedCase(), await closedCase()];
    const later = new Date(Date.parse(closedAt(await portal.store.requests.get(kept))) + 731 * DAY);
    const offer = (due: Parameters<typeof offerToArchive>[1]) => offerToArchive(portal.store, due, later);
    expect(await runRetention(portal.store, { now: () => later, offer })).toEqual([]);
    // A second run offers nothing twice.
    await runRetention(portal.store, { now: () => later, offer });
    for (const id of [kept, declined, alsoDeclined]) expect(await caseIsThere(id)).toBe(true);

    const list = await (await archive('')).json();
    expect(list.offers).toHaveLength(1);
    const { processId, state, cases } = list.offers[0];
    expect(state).toBe('offered');
    expect(cases.map((c: { requestId: string }) => c.requestId).sort()).toEqual([kept, declined, alsoDeclined].sort());

    // 0501: metadata only — the reference and the service, never the citizen.
    const xml = await (await archive(`/${processId}/anbieteverzeichnis.xml`)).text();
    expect(xml).not.toContain('Anna Archiv');
    const parsed = new XMLParser({ removeNSPrefix: true, isArray: (n) => n === 'Schriftgutobjekt' }).parse(xml)['Aussonderung.Anbieteverzeichnis.0501'];
    expect(String(parsed.Kopf.ProzessID)).toBe(processId);
    expect(parsed.Schriftgutobjekt.map((o: { Vorgang: { Identifikation: { ID: string } } }) => o.Vorgang.Identifikation.ID).sort()).toEqual([kept, declined, alsoDeclined].sort());

    // Outsiders: a wrong key, a clerk's session.
    expect((await archive('', { key: 'x'.repeat(30) })).status).toBe(401);
    expect((await clerk.call('GET', '/api/archiv/aussonderungen')).status).toBe(403);

    // An evaluation must name every offered case exactly once, for this process.
    const missing = await archive(`/${processId}/bewertung`, { method: 'POST', xml: evaluation(processId, [[kept, 'A'], [declined, 'V']]) });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(await missing.json())).toContain(`missing:${alsoDeclined}`);
    expect((await archive(`/${processId}/bewertung`, { method: 'POST', xml: evaluation(processId, [[kept, 'A'], [declined, 'V'], [alsoDeclined, 'V'], [crypto.randomUUID(), 'V']]) })).status).toBe(400);
    expect((await archive(`/${processId}/bewertung`, { method: 'POST', xml: evaluation(crypto.randomUUID(), [[kept, 'A'], [declined, 'V'], [alsoDeclined, 'V']]) })).status).toBe(400);
    expect((await archive(`/${processId}/bewertung`, { method: 'POST', xml: '<kein xml' })).status).toBe(400);
    expect((await archive(`/${processId}/bewertung`, { method: 'POST', xml: evaluation(processId, [[kept, 'A'], [declined, 'X'], [alsoDeclined, 'V']]) })).status).toBe(400);
    for (const id of [kept, declined, alsoDeclined]) expect(await caseIsThere(id)).toBe(true);

    const evaluated = await archive(`/${processId}/bewertung`, { method: 'POST', xml: evaluation(processId, [[kept, 'A'], [declined, 'V'], [alsoDeclined, 'V']]) });
    expect(evaluated.status).toBe(200);
    expect(await evaluated.json()).toEqual({ archive: 1, destroyed: 2 });
    expect(await caseIsThere(declined)).toBe(false);
    expect(await caseIsThere(alsoDeclined)).toBe(false);
    expect(await caseIsThere(kept)).toBe(true);
    expect((await archive(`/${processId}/bewertung`, { method: 'POST', xml: evaluation(processId, [[kept, 'V'], [declined, 'V'], [alsoDeclined, 'V']]) })).status).toBe(409);

    // 0503: only the kept case, packed under this process.
    expect((await archive(`/${processId}/vorgaenge/${declined}/abgabe.zip`)).status).toBe(404);
    const pack = await archive(`/${processId}/vorgaenge/${kept}/abgabe.zip`);
    expect(pack.status).toBe(200);
    const files = unzipSync(new Uint8Array(await pack.arrayBuffer()));
    expect(Object.keys(files)).toContain(`${processId}_Aussonderung.Aussonderung.0503.xml`);

    // A failed import keeps the case; a confirmed one deletes it and ends the process.
    expect(await (await archive(`/${processId}/import`, { method: 'POST', xml: imported(processId, kept, false) })).json()).toEqual({ deleted: 0, failed: 1 });
    expect(await caseIsThere(kept)).toBe(true);
    expect((await archive(`/${processId}/import`, { method: 'POST', xml: imported(processId, declined, true) })).status).toBe(400);
    expect(await (await archive(`/${processId}/import`, { method: 'POST', xml: imported(processId, kept, true) })).json()).toEqual({ deleted: 1, failed: 0 });
    expect(await caseIsThere(kept)).toBe(false);
    const done = (await (await archive('')).json()).offers[0];
    expect(done.state).toBe('done');
    expect(done.cases.find((c: { requestId: string }) => c.requestId === kept).archivedAs).toBe('StA-Werne-2028-17');
  });
});
