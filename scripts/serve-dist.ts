/**
 * Build the app for production and serve the result with `vite preview`.
 * Shared by the end-to-end tests' global setup and `npm run bench:browser`.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONFIG_FILE = path.join(ROOT, 'vite.config.ts');

/**
 * Run `vite build` in a child process with NODE_ENV=production (inside Vitest NODE_ENV is "test",
 * and an in-process build would then bundle React's development build), then, as `npm run build`
 * does, `vite build --mode single` for the self-contained smm-loop.html beside it.
 */
export async function buildApp(outDir: string): Promise<void> {
  await viteBuild(['--outDir', outDir, '--emptyOutDir']);
  await viteBuild(['--outDir', outDir, '--mode', 'single']);
}

async function viteBuild(options: string[]): Promise<void> {
  const require = createRequire(import.meta.url);
  const viteBin = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  const args = [viteBin, 'build', '--config', CONFIG_FILE, ...options, '--logLevel', 'warn'];
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0)
    throw new Error(`vite build ${options.join(' ')} failed (exit ${code}):\n${output.join('')}`);
}

export interface Served {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:40123/ */
  url: string;
  close: () => Promise<void>;
}

/** Serve an already built folder with `vite preview` on 127.0.0.1 (port 0 = any free port). */
export async function serveDist(outDir: string, port = 0): Promise<Served> {
  const server = await preview({
    configFile: CONFIG_FILE,
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error('vite preview is not listening');
  }
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/** Build into `outDir`, then serve it. */
export async function buildAndServe(outDir: string, port = 0): Promise<Served> {
  await buildApp(outDir);
  return serveDist(outDir, port);
}
