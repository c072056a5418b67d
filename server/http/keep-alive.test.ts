import net from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;
beforeAll(async () => {
  portal = await startTestPortal({ routing: false });
});
afterAll(() => portal?.stop());

/** Sends one keep-alive request on the socket and resolves with the status line of its answer. */
function ask(socket: net.Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(text);
      if (end >= 0 && length && text.length >= end + 4 + Number(length[1])) {
        socket.off('data', onData);
        resolve(text.slice(0, text.indexOf('\r\n')));
      }
    };
    socket.on('data', onData);
    socket.once('error', reject);
    socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n');
  });
}

// A client that reuses a connection after a few idle seconds (the browser test harness, a reverse
// proxy) had its request cut off with ECONNRESET when Node closed the connection after its
// default 5 s (profile-home.spec's flaky "download my data, then delete the account").
it('keeps an idle connection open longer than a proxy would, so a reused connection is answered', async () => {
  const { port } = new URL(portal.url);
  const socket = net.connect(Number(port), '127.0.0.1');
  await new Promise((r) => socket.once('connect', r));
  let closedByServer = false;
  socket.once('end', () => (closedByServer = true));
  expect(await ask(socket)).toBe('HTTP/1.1 200 OK');
  await new Promise((r) => setTimeout(r, 6_000));
  expect(closedByServer).toBe(false);
  expect(await ask(socket)).toBe('HTTP/1.1 200 OK');
  socket.destroy();
}, 20_000);
