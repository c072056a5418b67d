/**
 * `npm run bench:tour`: the disposer's tour list for one day in one district with BENCH_PICKUPS
 * (200) confirmed pickups, on the embedded store, over HTTP with the company's key. The pickups
 * are written straight into the store (a real day never holds 200 in one district: capacity is
 * lower; this is the worst case the target names). Prints the time of the JSON feed, the CSV and
 * the PDF (first call and warm median of five). Target: each ≤ 1 s.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { districtOf, findStreet, streetRegister } from '../../domain/places';
import { SLOT_POOLS } from '../../domain/slots/pools';
import { loadConfig } from '../config';
import { startPortal } from '../portal';
import { slotDocId } from '../slots';

const PICKUPS = Number(process.env.BENCH_PICKUPS ?? 200);
const KEY = 'bench-disposer-key-'.padEnd(40, 'x');
const STREET = streetRegister().exampleStreet;
const POSTCODE = findStreet(STREET)!.postcode;
const DISTRICT = districtOf(STREET)!;
const DAY = '2027-02-10';

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bp-bench-tour-'));
  const companies = [{ id: 'bench', name: 'Bench', districts: [DISTRICT], key: KEY }];
  const config = loadConfig({ ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_DEMO_DATA: 'false', DISPOSER_COMPANIES: JSON.stringify(companies) });
  const portal = await startPortal({ ...config, routing: false });
  try {
    const now = new Date().toISOString();
    const docs = Array.from({ length: PICKUPS }, (_, i) => ({
      _id: randomUUID(),
      type: 'request',
      owner: `bench-${i}`,
      serviceId: 'sperrmuellkarte',
      catalogueVersion: 2,
      answers: { items: ['moebel', 'holz'], itemsOther: `Schrank Nr. ${i}`, volume: '2,5', street: STREET, houseNumber: String(i + 1), postcode: POSTCODE, pickupSlot: DAY, phone: '02389 123456' },
      status: 'received',
      reference: `SPM-2027-${String(i + 1).padStart(6, '0')}`,
      department: 'abfall',
      confirmedSlot: DAY,
      createdAt: now,
      updatedAt: now,
      receivedAt: now,
      history: [{ at: now, status: 'received', actor: 'system' }],
    }));
    await portal.store.requests.bulk({ docs });
    await portal.store.counters.insert({ _id: slotDocId(SLOT_POOLS.sperrmuell, DISTRICT, DAY), type: 'slot', holders: docs.map((d) => d._id) } as never);
    const base = `${portal.url}/api/entsorger/touren/${DAY}/${DISTRICT}`;
    const headers = { Authorization: `Bearer ${KEY}` };
    console.log(`Tour list, ${PICKUPS} pickups in one district on one day (embedded store, over HTTP):`);
    for (const [what, url] of [['JSON feed', base], ['CSV', `${base}/liste.csv`], ['PDF', `${base}/liste.pdf`]] as const) {
      const times: number[] = [];
      let size = 0;
      for (let i = 0; i < 6; i++) {
        const start = performance.now();
        const res = await fetch(url, { headers });
        const body = Buffer.from(await res.arrayBuffer());
        if (res.status !== 200) throw new Error(`${what}: ${res.status} ${body.toString()}`);
        times.push(performance.now() - start);
        size = body.length;
      }
      const [first, ...warm] = times;
      warm.sort((a, b) => a - b);
      const median = warm[Math.floor(warm.length / 2)];
      const verdict = Math.max(first, median) <= 1000 ? 'ok' : 'OVER 1 s';
      console.log(`  ${what.padEnd(9)} first ${Math.round(first)} ms, warm median ${Math.round(median)} ms, ${Math.round(size / 1024)} KB — ${verdict}`);
    }
  } finally {
    await portal.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
