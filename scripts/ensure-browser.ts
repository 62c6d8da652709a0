/**
 * First step of `npm test`: name the Chromium or Chrome the tests will drive, installing one when
 * the machine has none (apt-get on Debian and Ubuntu, Playwright's download elsewhere). Exits 1
 * with one line saying what to run when no browser can be had.
 *
 *   npm run ensure-browser
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findBrowser, nodeAdviceFacts, nodeProbe, onPath } from './browser';
import { ensureBrowser, type Command, type InstallFacts } from './browser-install';

/** Where Playwright's command line is, if the package is installed. */
function playwrightCli(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve('playwright/package.json');
    return path.join(path.dirname(manifest), 'cli.js');
  } catch {
    return undefined;
  }
}

/** Run a command with the user watching its output. */
function run(command: Command): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command.file, command.args, {
      stdio: 'inherit',
      env: { ...process.env, ...command.env },
    });
    child.on('error', () => resolve(127));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const probe = nodeProbe();
const advice = nodeAdviceFacts(probe);
const facts: InstallFacts = {
  ...advice,
  // Asked only where it matters, and never interactively.
  canSudo:
    advice.hasApt &&
    !advice.isRoot &&
    onPath(probe, 'sudo') &&
    spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
  playwrightCli: playwrightCli(),
  node: process.execPath,
};

process.exitCode = await ensureBrowser({
  find: () => findBrowser(probe),
  facts,
  run,
  say: (line) => console.log(line),
  fail: (line) => console.error(line),
});
