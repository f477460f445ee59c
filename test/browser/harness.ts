/**
 * What the browser tests share: the static server on a free port, Debian's Chromium through
 * playwright-core (never a downloaded browser), and a "no network" switch that lets only the local
 * server answer.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import fs from 'fs';
import path from 'path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..');
export const OUTPUT_DIR = path.join(ROOT, 'test-output');

export interface Server {
  url: string;
  stop(): Promise<void>;
}

/** Start scripts/serve-standalone.js on a free port (it prints its address on the first line). */
export function startServer(): Promise<Server> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'standalone.html'))) {
    throw new Error('dist/standalone.html is missing: run "npm run build" first (npm run test:browser does).');
  }
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [path.join(ROOT, 'scripts', 'serve-standalone.js'), '--port', '0']);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 10000);
    child.stderr.on('data', (d) => (out += String(d)));
    child.stdout.on('data', (d) => {
      out += String(d);
      const match = /http:\/\/\S+\//.exec(out);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[0],
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

/** playwright gives every launch a fresh temporary profile, removed on close. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Every request that is not for the local server fails, as on a machine without network. */
export async function cutNetwork(context: BrowserContext, serverUrl: string): Promise<string[]> {
  const blocked: string[] = [];
  const origin = new URL(serverUrl).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  return blocked;
}
