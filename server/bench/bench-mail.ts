/**
 * `npm run bench:mail`: outgoing mail as a city would notice it, on a server started as `npm start`
 * does (its own process, embedded store, the development mailbox as the mail server).
 * - the delay from a clerk's question ("Rückfrage") to the mail in the citizen's mailbox, p50/p95;
 * - mails per second the worker sends when many questions are asked at once.
 */
import { ApiClient } from '../test-support/api-client';
import { startServerProcess } from './start-server-process';

const SINGLE = Number(process.env.BENCH_MAIL_SINGLE ?? 20);
const BURST = Number(process.env.BENCH_MAIL_BURST ?? 60);

interface Caught {
  subject: string;
  receivedAt: string;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main(): Promise<void> {
  const server = await startServerProcess({ LOG_LEVEL: 'warn' });
  try {
    if (!server.mailboxUrl) throw new Error('the server runs no development mailbox (is SMTP_URL set?)');
    const mails = async () => (await (await fetch(`${server.mailboxUrl}/messages.json`)).json()) as Caught[];
    const citizen = new ApiClient(server.url);
    await citizen.register('Bench Mail');
    const clerk = new ApiClient(server.url);
    if ((await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall')).status !== 200) throw new Error('clerk login failed');
    const act = (id: string, action: string, reason?: string) =>
      clerk.call('POST', `/api/clerk/requests/${id}/actions`, { action, ...(reason ? { reason } : {}), paymentOverride: 'Benchmark' });
    const startedRequest = async () => {
      const id = await citizen.sendRouted();
      const reference = (await citizen.current(id))!.reference!;
      if ((await act(id, 'start')).status !== 200) throw new Error('start failed');
      return { id, reference };
    };
    const arrived = async (reference: string, deadline: number) => {
      for (;;) {
        if ((await mails()).some((m) => m.subject.includes(reference))) return;
        if (Date.now() > deadline) throw new Error(`no mail for ${reference}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    };

    const delays: number[] = [];
    for (let i = 0; i < SINGLE; i++) {
      const { id, reference } = await startedRequest();
      const t0 = performance.now();
      if ((await act(id, 'askForInfo', 'Bitte ergänzen Sie die Angaben.')).status !== 200) throw new Error('question failed');
      await arrived(reference, Date.now() + 30_000);
      delays.push(performance.now() - t0);
    }

    const burst = [];
    for (let i = 0; i < BURST; i++) burst.push(await startedRequest());
    const before = (await mails()).length;
    const t0 = performance.now();
    await Promise.all(burst.map(({ id }) => act(id, 'askForInfo', 'Bitte ergänzen Sie die Angaben.')));
    const asked = performance.now() - t0;
    const deadline = Date.now() + 120_000;
    while ((await mails()).length < before + BURST) {
      if (Date.now() > deadline) throw new Error('burst mails missing');
      await new Promise((r) => setTimeout(r, 20));
    }
    const total = (performance.now() - t0) / 1000;

    delays.sort((a, b) => a - b);
    console.log('\nbench:mail (a server process as `npm start` runs it, development mailbox as mail server)');
    console.log(`  clerk's question → mail in the mailbox (${SINGLE} questions, one at a time): p50 ${Math.round(percentile(delays, 50))} ms, p95 ${Math.round(percentile(delays, 95))} ms`);
    console.log(`  ${BURST} questions at once (asked in ${Math.round(asked)} ms): all mails in the mailbox after ${total.toFixed(1)} s = ${(BURST / total).toFixed(1)} mails/s`);
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
