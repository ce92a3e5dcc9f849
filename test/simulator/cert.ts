/** A throwaway self-signed certificate for the simulated hosts, made with openssl at start. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SIMULATED_HOSTS = ['partner.microsoft.com', 'aka.ms', 'go.microsoft.com'] as const;

export function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'csp-sim-cert-'));
  try {
    const config = join(dir, 'openssl.cnf');
    const names = [...SIMULATED_HOSTS, 'localhost'].map((h, i) => `DNS.${i + 1} = ${h}`).join('\n');
    writeFileSync(
      config,
      `[req]\ndistinguished_name = dn\nx509_extensions = ext\nprompt = no\n[dn]\nCN = partner.microsoft.com\n` +
        `[ext]\nsubjectAltName = @alt\n[alt]\n${names}\nIP.1 = 127.0.0.1\n`,
    );
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-config',
        config,
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
