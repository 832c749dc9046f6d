#!/usr/bin/env node
// `npm start`: serves the built site in out/ (or the folder given as the first argument) and nothing else: no
// content/, no .next/, no Next runtime. This folder, server/, is the whole server: the rules (./site.mjs), the file
// layer (./files.mjs), the header policy (./site-policy.mjs). PORT and HOSTNAME choose where it listens.
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSiteHandler } from './site.mjs';
import { securityHeaders } from './security-headers.mjs';

// Errors node:http makes before a request exists (a malformed request line, headers too large, a timeout) are answered
// here, so they carry the security headers too.
const errorHead = securityHeaders()
  .map(({ key, value }) => `${key}: ${value}\r\n`)
  .join('');
const rawAnswer = (status, reason) =>
  `HTTP/1.1 ${status} ${reason}\r\n${errorHead}Cache-Control: no-cache\r\nContent-Type: text/plain; charset=utf-8\r\n` +
  `Content-Length: ${reason.length}\r\nConnection: close\r\n\r\n${reason}`;

/** @param {string} root */
export function createServer(root) {
  const handler = createSiteHandler(root);
  // Host is checked by the handler, whose 400 carries the headers.
  const server = http.createServer({ requireHostHeader: false }, handler);
  // An Expect the server does not know is ignored, as nginx ignores it, rather than node's bare 417.
  server.on('checkExpectation', handler);
  server.on('clientError', (error, socket) => {
    // An answer still being written on this connection must not be cut into: then the connection just ends.
    if (error.code === 'ECONNRESET' || !socket.writable || socket._httpMessage) return socket.destroy();
    const [status, reason] =
      error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Request Timeout']
      : [400, 'Bad Request'];
    socket.end(rawAnswer(status, reason));
  });
  // CONNECT asks for a tunnel, which this site never makes.
  server.on('connect', (_req, socket) => socket.end(rawAnswer(400, 'Bad Request')));
  server.kept = handler.kept;
  return server;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? 'out');
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOSTNAME || undefined;
  createServer(root).listen(port, host, () => {
    console.log(`Haven: serving ${root} on http://${host ?? 'localhost'}:${port}`);
  });
}
