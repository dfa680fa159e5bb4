/**
 * The stand-in for the UN sites: one HTTPS server on 127.0.0.1 that answers for every host name
 * the browsers are told to map to it, with a certificate made at test time for those names.
 * Tests register pages by path; the same path answers on every mapped host.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UN_HOSTS } from '../../lib/hosts';

/** Hosts served by the test server: every content-script host, and one that is not a UN site. */
export const OTHER_HOST = 'example.com';
export const SERVED_HOSTS: readonly string[] = [...UN_HOSTS, OTHER_HOST];

export interface Route {
  body: string | Uint8Array;
  contentType: string;
  status: number;
  /** More response headers, e.g. `{ location: '/doc/x.pdf' }` with status 302 for a redirect. */
  headers?: Record<string, string>;
}

export interface TestServer {
  port: number;
  /** Registers (or replaces) what `path` answers, on every host. */
  serve(path: string, body: string | Uint8Array, contentType?: string, status?: number, headers?: Record<string, string>): void;
  /** Paths requested so far, in order (`host + path`), for tests that check what was fetched. */
  requests: string[];
  close(): Promise<void>;
}

function guessType(path: string): string {
  if (path.endsWith('.pdf')) return 'application/pdf';
  if (path.endsWith('.js')) return 'text/javascript';
  if (path.endsWith('.json')) return 'application/json';
  if (path.endsWith('.txt')) return 'text/plain; charset=utf-8';
  return 'text/html; charset=utf-8';
}

/** Makes a self-signed certificate for `hosts` with openssl (Debian has it). */
function makeCertificate(hosts: readonly string[]): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'unlens-cert-'));
  try {
    const san = hosts.map((h) => `DNS:${h}`).join(',');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=un-docs-lens-test',
        '-addext', `subjectAltName=${san}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const server: Server = createServer(makeCertificate(SERVED_HOSTS), (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(`${req.headers.host ?? ''}${req.url ?? ''}`);
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(`not found: ${path}`);
      return;
    }
    res.writeHead(route.status, { 'content-type': route.contentType, 'cache-control': 'no-store', 'access-control-allow-origin': '*', ...route.headers });
    res.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    serve(path, body, contentType = guessType(path), status = 200, headers) {
      routes.set(path, { body, contentType, status, ...(headers ? { headers } : {}) });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
