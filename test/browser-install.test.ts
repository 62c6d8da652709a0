/**
 * `npm test`'s first step (scripts/ensure-browser.ts): the install plan and the sequence with fake
 * effects, then the real script as a process, as a newcomer would meet it.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../scripts/browser';
import { ensureBrowser, installSteps, type Command, type InstallFacts } from '../scripts/browser-install';

const ROOT = join(import.meta.dirname, '..');
const CLI = '/work/node_modules/playwright/cli.js';
const debianRoot: InstallFacts = {
  platform: 'linux',
  hasApt: true,
  isRoot: true,
  canSudo: false,
  playwrightCli: CLI,
  node: '/usr/bin/node',
};
const APT_UPDATE = 'apt-get update';
const APT_INSTALL = 'apt-get install -y chromium';
const PLAYWRIGHT = `/usr/bin/node ${CLI} install chromium`;
const show = (command: Command) => [command.file, ...command.args].join(' ');

describe('the install plan', () => {
  it('as root on Debian: apt-get, non-interactive, then Playwright if that fails', () => {
    const steps = installSteps(debianRoot);
    expect(steps.map((s) => s.label)).toEqual([
      'apt-get update && apt-get install -y chromium',
      'npx playwright install chromium',
    ]);
    expect(steps[0]!.commands.map(show)).toEqual([APT_UPDATE, APT_INSTALL]);
    expect(steps[0]!.commands.every((c) => c.env?.DEBIAN_FRONTEND === 'noninteractive')).toBe(true);
    expect(steps[1]!.commands.map(show)).toEqual([PLAYWRIGHT]);
  });

  it('not root, with password-less sudo: through sudo -n, the frontend passed as an argument', () => {
    const steps = installSteps({ ...debianRoot, isRoot: false, canSudo: true });
    expect(steps[0]!.label).toBe('sudo apt-get update && sudo apt-get install -y chromium');
    expect(steps[0]!.commands.map(show)).toEqual([
      'sudo -n DEBIAN_FRONTEND=noninteractive apt-get update',
      'sudo -n DEBIAN_FRONTEND=noninteractive apt-get install -y chromium',
    ]);
  });

  it('not root and no sudo, or not Debian: only Playwright’s download', () => {
    expect(installSteps({ ...debianRoot, isRoot: false }).map((s) => s.label)).toEqual([
      'npx playwright install chromium',
    ]);
    expect(installSteps({ ...debianRoot, platform: 'darwin', hasApt: false }).map((s) => s.label)).toEqual([
      'npx playwright install chromium',
    ]);
  });

  it('nothing to try without apt-get and without the playwright package', () => {
    expect(installSteps({ ...debianRoot, hasApt: false, playwrightCli: undefined })).toEqual([]);
  });
});

/** A machine whose browser appears after the given command succeeds; records what ran and was said. */
function fake(options: {
  facts?: InstallFacts;
  initially?: Finding;
  appearsAfter?: string;
  failing?: string[];
}) {
  const ran: string[] = [];
  const said: string[] = [];
  const failed: string[] = [];
  let installed = false;
  const deps = {
    facts: options.facts ?? debianRoot,
    find: (): Finding =>
      installed
        ? { kind: 'found', executable: '/usr/bin/chromium', via: 'chromium on PATH' }
        : (options.initially ?? { kind: 'none' }),
    run: async (command: Command) => {
      const line = show(command);
      ran.push(line);
      if (options.failing?.includes(line)) return 100;
      if (line === options.appearsAfter) installed = true;
      return 0;
    },
    say: (line: string) => said.push(line),
    fail: (line: string) => failed.push(line),
  };
  return { deps, ran, said, failed };
}

describe('ensuring a browser', () => {
  it('names the browser it finds in one line and installs nothing', async () => {
    const { deps, ran, said, failed } = fake({
      initially: { kind: 'found', executable: '/opt/chrome', via: 'CHROME_PATH' },
    });
    expect(await ensureBrowser(deps)).toBe(0);
    expect(ran).toEqual([]);
    expect(said).toEqual(['browser: /opt/chrome (CHROME_PATH)']);
    expect(failed).toEqual([]);
  });

  it('installs with apt-get and confirms by searching again', async () => {
    const { deps, ran, said, failed } = fake({ appearsAfter: APT_INSTALL });
    expect(await ensureBrowser(deps)).toBe(0);
    expect(ran).toEqual([APT_UPDATE, APT_INSTALL]);
    expect(said.at(-1)).toBe('browser: /usr/bin/chromium (chromium on PATH), installed');
    expect(failed).toEqual([]);
  });

  it('turns to Playwright when apt-get fails, and skips the install when the update failed', async () => {
    const { deps, ran } = fake({ appearsAfter: PLAYWRIGHT, failing: [APT_UPDATE] });
    expect(await ensureBrowser(deps)).toBe(0);
    expect(ran).toEqual([APT_UPDATE, PLAYWRIGHT]);
  });

  it('does not trust an exit code: a command that succeeds without leaving a browser moves on', async () => {
    const { deps, ran } = fake({ appearsAfter: PLAYWRIGHT });
    expect(await ensureBrowser(deps)).toBe(0);
    expect(ran).toEqual([APT_UPDATE, APT_INSTALL, PLAYWRIGHT]);
  });

  it('when nothing works, fails with exactly one line saying what to run', async () => {
    const { deps, failed } = fake({ failing: [APT_INSTALL, PLAYWRIGHT] });
    expect(await ensureBrowser(deps)).toBe(1);
    expect(failed).toEqual([
      'npm test needs Chromium or Chrome: run "apt-get install chromium" (or "npx playwright install chromium"), or set CHROME_PATH=/path/to/chrome',
    ]);
  });

  it('installs nothing when a browser variable points nowhere', async () => {
    const { deps, ran, failed } = fake({
      initially: { kind: 'bad-env', variable: 'CHROME_PATH', value: '/opt/gone' },
    });
    expect(await ensureBrowser(deps)).toBe(1);
    expect(ran).toEqual([]);
    expect(failed).toEqual([
      'CHROME_PATH=/opt/gone is not an executable file: point it at Chrome or Chromium, or unset it',
    ]);
  });
});

describe('scripts/ensure-browser.ts as a process', () => {
  const script = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'ensure-browser.ts')], {
      cwd: ROOT,
      env: { ...process.env, CHROMIUM_PATH: '', CHROME_PATH: '', ...env },
      encoding: 'utf8',
    });

  it('names the browser given by CHROME_PATH on one line and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smm-ensure-'));
    try {
      const chrome = join(dir, 'chrome');
      writeFileSync(chrome, '#!/bin/sh\n');
      chmodSync(chrome, 0o755);
      const result = script({ CHROME_PATH: chrome });
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`browser: ${chrome} (CHROME_PATH)\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops at once with one line on standard error when CHROME_PATH names nothing', () => {
    const result = script({ CHROME_PATH: '/nonexistent/chrome' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'CHROME_PATH=/nonexistent/chrome is not an executable file: point it at Chrome or Chromium, or unset it\n',
    );
  });
});
