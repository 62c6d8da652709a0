/** The browser finder (scripts/browser.ts), on fake machines and on a real folder. */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  findBrowser,
  noBrowserLine,
  nodeProbe,
  onPath,
  playwrightCacheDir,
  type Probe,
} from '../scripts/browser';

/** A machine with exactly these executables (absolute paths) and nothing else. */
function machine(
  executables: string[],
  options: { env?: Probe['env']; platform?: NodeJS.Platform; home?: string; playwrightCoreDir?: string } = {},
): Probe {
  const platform = options.platform ?? 'linux';
  const sep = platform === 'win32' ? '\\' : '/';
  const files = new Set(executables);
  return {
    env: options.env ?? {},
    platform,
    home: options.home ?? (platform === 'win32' ? 'C:\\Users\\ann' : '/home/ann'),
    cwd: platform === 'win32' ? 'C:\\work' : '/work',
    playwrightCoreDir: options.playwrightCoreDir,
    isExecutable: (file) => files.has(file),
    list: (dir) => {
      const prefix = dir.endsWith(sep) ? dir : dir + sep;
      const names = [...files]
        .filter((f) => f.startsWith(prefix))
        .map((f) => f.slice(prefix.length).split(sep)[0]!);
      return [...new Set(names)];
    },
  };
}

const found = (probe: Probe) => {
  const finding = findBrowser(probe);
  return finding.kind === 'found' ? `${finding.executable} (${finding.via})` : finding.kind;
};

describe('the order of the search', () => {
  it('takes CHROMIUM_PATH first, then CHROME_PATH, before anything on the machine', () => {
    const both = { CHROMIUM_PATH: '/opt/a/chrome', CHROME_PATH: '/opt/b/chrome', PATH: '/usr/bin' };
    const everything = ['/opt/a/chrome', '/opt/b/chrome', '/usr/bin/chromium'];
    expect(found(machine(everything, { env: both }))).toBe('/opt/a/chrome (CHROMIUM_PATH)');
    expect(found(machine(everything, { env: { CHROME_PATH: '/opt/b/chrome', PATH: '/usr/bin' } }))).toBe(
      '/opt/b/chrome (CHROME_PATH)',
    );
  });

  it('reports a browser variable that names nothing instead of quietly taking another browser', () => {
    const probe = machine(['/usr/bin/chromium'], {
      env: { CHROME_PATH: '/opt/gone/chrome', PATH: '/usr/bin' },
    });
    expect(findBrowser(probe)).toEqual({
      kind: 'bad-env',
      variable: 'CHROME_PATH',
      value: '/opt/gone/chrome',
    });
  });

  it('ignores an empty browser variable', () => {
    expect(found(machine(['/usr/bin/chromium'], { env: { CHROME_PATH: '', PATH: '/usr/bin' } }))).toBe(
      '/usr/bin/chromium (chromium on PATH)',
    );
  });

  it('looks the names up on PATH in order: chromium anywhere on PATH before google-chrome', () => {
    const env = { PATH: '/home/ann/bin:/usr/local/bin' };
    const probe = machine(['/home/ann/bin/google-chrome', '/usr/local/bin/chromium'], { env });
    expect(found(probe)).toBe('/usr/local/bin/chromium (chromium on PATH)');
    expect(found(machine(['/home/ann/bin/chrome'], { env }))).toBe('/home/ann/bin/chrome (chrome on PATH)');
  });

  it('falls back to the usual install paths when PATH has none', () => {
    expect(found(machine(['/snap/bin/chromium'], { env: { PATH: '/usr/bin' } }))).toBe(
      '/snap/bin/chromium (the usual install path)',
    );
    expect(found(machine(['/usr/bin/google-chrome-stable']))).toBe(
      '/usr/bin/google-chrome-stable (the usual install path)',
    );
  });

  it('prefers an installed browser to Playwright’s cache', () => {
    const probe = machine([
      '/usr/bin/chromium-browser',
      '/home/ann/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome',
    ]);
    expect(found(probe)).toBe('/usr/bin/chromium-browser (the usual install path)');
  });

  it('finds nothing on a bare machine', () => {
    expect(findBrowser(machine(['/usr/bin/node'], { env: { PATH: '/usr/bin:/bin' } }))).toEqual({
      kind: 'none',
    });
  });
});

describe("Playwright's browser cache", () => {
  const cache = '/home/ann/.cache/ms-playwright';

  it('takes the newest chromium revision, by number, and skips the headless shell', () => {
    const probe = machine([
      `${cache}/chromium-999/chrome-linux64/chrome`,
      `${cache}/chromium-1255/chrome-linux64/chrome`,
      `${cache}/chromium_headless_shell-1300/chrome-headless-shell-linux64/chrome-headless-shell`,
    ]);
    expect(found(probe)).toBe(`${cache}/chromium-1255/chrome-linux64/chrome (Playwright's browser cache)`);
  });

  it('knows the older layout (chrome-linux) too', () => {
    expect(found(machine([`${cache}/chromium-1140/chrome-linux/chrome`]))).toBe(
      `${cache}/chromium-1140/chrome-linux/chrome (Playwright's browser cache)`,
    );
  });

  it('follows PLAYWRIGHT_BROWSERS_PATH, XDG_CACHE_HOME, and "0" meaning inside playwright-core', () => {
    const home = { home: '/home/ann' };
    const base = { ...home, cwd: '/work', platform: 'linux' as const };
    expect(playwrightCacheDir({ ...base, env: {} })).toBe(cache);
    expect(playwrightCacheDir({ ...base, env: { XDG_CACHE_HOME: '/var/cache/ann' } })).toBe(
      '/var/cache/ann/ms-playwright',
    );
    expect(playwrightCacheDir({ ...base, env: { PLAYWRIGHT_BROWSERS_PATH: '/srv/pw' } })).toBe('/srv/pw');
    expect(playwrightCacheDir({ ...base, env: { PLAYWRIGHT_BROWSERS_PATH: 'pw' } })).toBe('/work/pw');
    expect(
      playwrightCacheDir({
        ...base,
        env: { PLAYWRIGHT_BROWSERS_PATH: '0' },
        playwrightCoreDir: '/work/node_modules/playwright-core',
      }),
    ).toBe('/work/node_modules/playwright-core/.local-browsers');

    const custom = machine(['/srv/pw/chromium-1255/chrome-linux64/chrome'], {
      env: { PLAYWRIGHT_BROWSERS_PATH: '/srv/pw' },
    });
    expect(found(custom)).toBe("/srv/pw/chromium-1255/chrome-linux64/chrome (Playwright's browser cache)");
  });
});

describe('other systems', () => {
  it('macOS: Google Chrome or Chromium in /Applications, then Playwright’s cache in ~/Library/Caches', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const chromium = '/Applications/Chromium.app/Contents/MacOS/Chromium';
    const cft =
      '/Users/ann/Library/Caches/ms-playwright/chromium-1255/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
    const mac = (files: string[]) => machine(files, { platform: 'darwin', home: '/Users/ann' });
    expect(found(mac([chromium, chrome]))).toBe(`${chrome} (the usual install path)`);
    expect(found(mac([chromium]))).toBe(`${chromium} (the usual install path)`);
    expect(found(mac([cft]))).toBe(`${cft} (Playwright's browser cache)`);
  });

  it('Windows: chrome.exe on PATH (separated by ";") and under Program Files', () => {
    const env = { PATH: 'C:\\Windows;C:\\Tools', PROGRAMFILES: 'C:\\Program Files' };
    const win = (files: string[]) => machine(files, { platform: 'win32', env });
    expect(found(win(['C:\\Tools\\chrome.exe']))).toBe('C:\\Tools\\chrome.exe (chrome on PATH)');
    expect(found(win(['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe']))).toBe(
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe (the usual install path)',
    );
  });
});

describe('the one line when there is no browser', () => {
  const none = { kind: 'none' } as const;

  it('says exactly what to run, on one line, fitting the machine', () => {
    const debianRoot = noBrowserLine(none, { platform: 'linux', hasApt: true, isRoot: true });
    expect(debianRoot).toBe(
      'npm test needs Chromium or Chrome: run "apt-get install chromium" (or "npx playwright install chromium"), or set CHROME_PATH=/path/to/chrome',
    );
    expect(noBrowserLine(none, { platform: 'linux', hasApt: true, isRoot: false })).toContain(
      'run "sudo apt-get install chromium"',
    );
    const mac = noBrowserLine(none, { platform: 'darwin', hasApt: false, isRoot: false });
    expect(mac).toBe(
      'npm test needs Chromium or Chrome: run "npx playwright install chromium", or set CHROME_PATH=/path/to/chrome',
    );
    for (const line of [debianRoot, mac]) expect(line).not.toContain('\n');
  });

  it('names the variable that points nowhere', () => {
    const line = noBrowserLine(
      { kind: 'bad-env', variable: 'CHROMIUM_PATH', value: '/opt/gone' },
      { platform: 'linux', hasApt: true, isRoot: true },
    );
    expect(line).toBe(
      'CHROMIUM_PATH=/opt/gone is not an executable file: point it at Chrome or Chromium, or unset it',
    );
  });
});

describe('the real probe', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('takes an executable file on PATH and passes over one without the execute bit', () => {
    dir = mkdtempSync(join(tmpdir(), 'smm-finder-'));
    writeFileSync(join(dir, 'chromium'), '#!/bin/sh\n');
    chmodSync(join(dir, 'chromium'), 0o644);
    writeFileSync(join(dir, 'google-chrome'), '#!/bin/sh\n');
    chmodSync(join(dir, 'google-chrome'), 0o755);
    const probe = nodeProbe({ PATH: dir });
    expect(findBrowser(probe)).toEqual({
      kind: 'found',
      executable: join(dir, 'google-chrome'),
      via: 'google-chrome on PATH',
    });
    expect(onPath(probe, 'google-chrome')).toBe(true);
    expect(onPath(probe, 'chromium')).toBe(false);
  });

  it('does not take a folder for a browser', () => {
    dir = mkdtempSync(join(tmpdir(), 'smm-finder-'));
    expect(findBrowser(nodeProbe({ CHROME_PATH: dir }))).toEqual({
      kind: 'bad-env',
      variable: 'CHROME_PATH',
      value: dir,
    });
  });
});
