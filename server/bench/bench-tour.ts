/**
 * `npm run bench:tour`: the disposer's tour list for one day in one district with BENCH_PICKUPS
 * (200) confirmed pickups, on the embedded store, over HTTP with the company's key. The pickups
 * are written straight into the store (a real day never holds 200 in one district: capacity is
 * lower; this is the worst case the target names). Prints the time of the JSON feed, the CSV and
 * the PDF (first call and warm median of five), then the PDF of another day with other pickups
 * (no word of it shaped before), each with the portal process's CPU time and the load average:
 * on a busy machine the wall time says more about the other processes. Target: each ≤ 1 s.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os, { loadavg } from 'node:os';
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
const OTHER_DAY = '2027-02-11';
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bp-bench-tour-'));
  const companies = [{ id: 'bench', name: 'Bench', districts: [DISTRICT], key: KEY }];
  const config = loadConfig({ ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_DEMO_DATA: 'false', DISPOSER_COMPANIES: JSON.stringify(companies) });
  const portal = await startPortal({ ...config, routing: false });
  try {
    const now = new Date().toISOString();
    const pickups = (day: string, first: number) => Array.from({ length: PICKUPS }, (_, n) => {
      const i = first + n;
      return {
        _id: randomUUID(),
        type: 'request',
        owner: `bench-${i}`,
        serviceId: 'sperrmuellkarte',
        catalogueVersion: 2,
        answers: { items: ['moebel', 'holz'], itemsOther: `Schrank Nr. ${i}`, volume: '2,5', street: STREET, houseNumber: String(i + 1), postcode: POSTCODE, pickupSlot: day, phone: `02389 ${123456 + i}` },
        status: 'received',
        reference: `SPM-2027-${String(i + 1).padStart(6, '0')}`,
        department: 'abfall',
        confirmedSlot: day,
        createdAt: now,
        updatedAt: now,
        receivedAt: now,
        history: [{ at: now, status: 'received', actor: 'system' }],
      };
    });
    for (const [day, first] of [[DAY, 0], [OTHER_DAY, 100_000]] as const) {
      const docs = pickups(day, first);
      await portal.store.requests.bulk({ docs });
      await portal.store.counters.insert({ _id: slotDocId(SLOT_POOLS.sperrmuell, DISTRICT, day), type: 'slot', holders: docs.map((d) => d._id) } as never);
    }
    const base = `${portal.url}/api/entsorger/touren/${DAY}/${DISTRICT}`;
    const headers = { Authorization: `Bearer ${KEY}` };
    const get = async (what: string, url: string) => {
      const [start, cpu] = [performance.now(), cpuMs()];
      const res = await fetch(url, { headers });
      const body = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200) throw new Error(`${what}: ${res.status} ${body.toString()}`);
      return { ms: performance.now() - start, cpu: cpuMs() - cpu, size: body.length };
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
    console.log(`Tour list, ${PICKUPS} pickups in one district on one day (embedded store, over HTTP; CPU of the portal process):`);
    let worst = 0;
    for (const [what, url] of [['JSON feed', base], ['CSV', `${base}/liste.csv`], ['PDF', `${base}/liste.pdf`]] as const) {
      const first = await get(what, url);
      const warm = [];
      for (let i = 0; i < 5; i++) warm.push(await get(what, url));
      const [ms, cpu] = [median(warm.map((r) => r.ms)), median(warm.map((r) => r.cpu))];
      worst = Math.max(worst, first.ms, ms);
      console.log(`  ${what.padEnd(9)} first ${Math.round(first.ms)} ms (${Math.round(first.cpu)} ms CPU), warm median ${Math.round(ms)} ms (${Math.round(cpu)} ms CPU), ${Math.round(first.size / 1024)} KB — ${Math.max(first.ms, ms) <= 1000 ? 'ok' : 'OVER 1 s'}`);
    }
    const other = await get('PDF', `${portal.url}/api/entsorger/touren/${OTHER_DAY}/${DISTRICT}/liste.pdf`);
    worst = Math.max(worst, other.ms);
    console.log(`  PDF of another day (other pickups): ${Math.round(other.ms)} ms (${Math.round(other.cpu)} ms CPU) — ${other.ms <= 1000 ? 'ok' : 'OVER 1 s'}`);
    console.log(`  load average ${load()} on ${os.cpus().length} cores${worst > 1000 ? '; over 1 s in wall time: compare the CPU times' : ''}`);
  } finally {
    await portal.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
