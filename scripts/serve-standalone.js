#!/usr/bin/env node
/**
 * A tiny static server for the standalone page: serves dist/ on http://127.0.0.1:3001/ (plain
 * http is fine there — the page needs no secure context, only Office needs https). No packages.
 *
 *   node scripts/serve-standalone.js [--port N] [--host ADDR] [--root DIR]
 *
 * --port 0 picks a free port. The first line on stdout is the address, e.g.
 * "phuluc: http://127.0.0.1:3001/" (tests read it).
 */
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function parseArgs(argv) {
  const options = { port: 3001, host: '127.0.0.1', root: path.resolve(__dirname, '..', 'dist') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.split('=', 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (name === '--port' || name === '-p') options.port = Number(value());
    else if (name === '--host') options.host = value();
    else if (name === '--root') options.root = path.resolve(value());
    else if (name === '--help' || name === '-h') {
      process.stdout.write('node scripts/serve-standalone.js [--port N] [--host ADDR] [--root DIR]\n');
      process.exit(0);
    } else {
      process.stderr.write(`serve-standalone: unknown option ${arg}\n`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    process.stderr.write('serve-standalone: --port needs a number 0–65535\n');
    process.exit(2);
  }
  return options;
}

/** The file a URL path names inside root, or null when it would leave root. */
function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded === '/' || decoded === '') decoded = '/standalone.html';
  const file = path.resolve(root, '.' + path.posix.normalize(decoded));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

function createServer(root) {
  return http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileFor(root, req.url || '/');
    if (!file) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad path\n');
      return;
    }
    fs.stat(file, (error, stat) => {
      if (error || !stat.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Không tìm thấy / Not found\n');
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Content-Length': stat.size,
        // Hashed bundles never change; the pages must always be fresh.
        'Cache-Control': /\.[0-9a-f]{8}\.js$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    });
  });
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(options.root, 'standalone.html'))) {
    process.stderr.write(`serve-standalone: ${options.root}/standalone.html is missing; run "npm run build" (or "npm run preview") first.\n`);
    process.exit(2);
  }
  const server = createServer(options.root);
  server.on('error', (error) => {
    process.stderr.write(`serve-standalone: ${error.code === 'EADDRINUSE' ? `port ${options.port} is in use; try --port` : error.message}\n`);
    process.exit(2);
  });
  server.listen(options.port, options.host, () => {
    const { port } = server.address();
    process.stdout.write(`phuluc: http://${options.host}:${port}/\n`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) main();

module.exports = { createServer, fileFor };
