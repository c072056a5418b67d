import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throwaway private CA and a server certificate it signed for 127.0.0.1, made at test time. */
export interface TestPki {
  /** The CA's certificate (PEM) and a file holding it, as a city would give it in SMTP_CA_FILE. */
  caPem: string;
  caFile: string;
  /** The server's key and certificate (PEM), valid for IP 127.0.0.1 and localhost. */
  key: string;
  cert: string;
  remove(): void;
}

/**
 * Made with Debian's `openssl` CLI, so no key or certificate is committed and nothing expires in
 * the repo. Each call makes a new CA: a second one stands for a server the portal must not trust.
 */
export function makeTestPki(name = 'Testzertifizierungsstelle'): TestPki {
  const dir = mkdtempSync(path.join(tmpdir(), 'bp-pki-'));
  const at = (file: string) => path.join(dir, file);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${name}`, '-keyout', at('ca.key'), '-out', at('ca.pem'),
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-keyout', at('server.key'), '-out', at('server.csr'));
  writeFileSync(at('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n');
  openssl('x509', '-req', '-in', at('server.csr'), '-CA', at('ca.pem'), '-CAkey', at('ca.key'), '-CAcreateserial', '-days', '2', '-extfile', at('server.ext'), '-out', at('server.pem'));
  return {
    caPem: readFileSync(at('ca.pem'), 'utf8'),
    caFile: at('ca.pem'),
    key: readFileSync(at('server.key'), 'utf8'),
    cert: readFileSync(at('server.pem'), 'utf8'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
