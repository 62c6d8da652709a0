/**
 * Where is a Chromium or Chrome to drive? One answer for everyone who launches a browser: the
 * Vitest browser project (vite.config.ts), the end-to-end tests, `npm run bench:browser`, and
 * `npm test`'s first step (scripts/ensure-browser.ts), which installs one when this finds none.
 *
 * The search itself is pure: it sees the machine only through a {@link Probe}, so the tests can
 * hand it fake file systems; {@link nodeProbe} is the real one.
 */
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Flags that keep Chromium quiet and headless on a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Environment variables naming the browser, first wins (CHROMIUM_PATH is the older name). */
export const BROWSER_ENV_VARS = ['CHROMIUM_PATH', 'CHROME_PATH'] as const;

/** Executable names looked up on PATH, in this order (`.exe` appended on Windows). */
export const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** What the finder may know about the machine. */
export interface Probe {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  /** The user's home folder. */
  home: string;
  /** The working folder, against which a relative PLAYWRIGHT_BROWSERS_PATH is read. */
  cwd: string;
  /** Where the `playwright-core` package is installed (for PLAYWRIGHT_BROWSERS_PATH=0). */
  playwrightCoreDir?: string;
  /** True when `file` is a regular file this user may execute. */
  isExecutable: (file: string) => boolean;
  /** The names in folder `dir`, or [] when it does not exist or cannot be read. */
  list: (dir: string) => string[];
}

/** A place a browser may be, and how it was found (said back to the user). */
export interface Candidate {
  executable: string;
  via: string;
}

/** The outcome of a search. */
export type Finding =
  | { kind: 'found'; executable: string; via: string }
  /** A browser variable is set but does not name an executable: a mistake to report, not skip. */
  | { kind: 'bad-env'; variable: string; value: string }
  | { kind: 'none' };

const pathsFor = (platform: NodeJS.Platform) => (platform === 'win32' ? path.win32 : path.posix);

/** The usual install places of Chromium and Chrome on this platform, most common first. */
export function usualPaths(probe: Pick<Probe, 'env' | 'platform'>): string[] {
  const { env, platform } = probe;
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    ];
  }
  if (platform === 'win32') {
    const win = path.win32;
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (root): root is string => Boolean(root),
    );
    return roots.flatMap((root) => [
      win.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      win.join(root, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ];
}

/**
 * Playwright's browser folder, computed as playwright-core 1.65 does: PLAYWRIGHT_BROWSERS_PATH
 * ("0" meaning inside the package), else `ms-playwright` in the platform's cache folder.
 */
export function playwrightCacheDir(probe: Omit<Probe, 'isExecutable' | 'list'>): string | undefined {
  const { env, platform, home, cwd } = probe;
  const p = pathsFor(platform);
  const configured = env.PLAYWRIGHT_BROWSERS_PATH;
  if (configured === '0') {
    return probe.playwrightCoreDir ? p.join(probe.playwrightCoreDir, '.local-browsers') : undefined;
  }
  if (configured) return p.resolve(env.INIT_CWD || cwd, configured);
  if (platform === 'darwin') return p.join(home, 'Library', 'Caches', 'ms-playwright');
  if (platform === 'win32')
    return p.join(env.LOCALAPPDATA || p.join(home, 'AppData', 'Local'), 'ms-playwright');
  return p.join(env.XDG_CACHE_HOME || p.join(home, '.cache'), 'ms-playwright');
}

/**
 * The executable inside one `chromium-<revision>` folder of Playwright's cache, for both the
 * current layout (Chrome for Testing: chrome-linux64, chrome-mac-arm64, chrome-win64) and the older
 * one (chrome-linux, chrome-mac with Chromium.app, chrome-win).
 */
function playwrightExecutables(platform: NodeJS.Platform, revisionDir: string): string[] {
  const p = pathsFor(platform);
  if (platform === 'darwin') {
    const cft = ['Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'];
    return [
      p.join(revisionDir, 'chrome-mac-arm64', ...cft),
      p.join(revisionDir, 'chrome-mac-x64', ...cft),
      p.join(revisionDir, 'chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'),
    ];
  }
  if (platform === 'win32') {
    return [
      p.join(revisionDir, 'chrome-win64', 'chrome.exe'),
      p.join(revisionDir, 'chrome-win', 'chrome.exe'),
    ];
  }
  return [
    p.join(revisionDir, 'chrome-linux64', 'chrome'),
    p.join(revisionDir, 'chrome-linux-arm64', 'chrome'),
    p.join(revisionDir, 'chrome-linux', 'chrome'),
  ];
}

/** Every place to look, in order: the variables, PATH, the usual paths, Playwright's cache (newest first). */
export function candidates(probe: Probe): Candidate[] {
  const { env, platform } = probe;
  const p = pathsFor(platform);
  const found: Candidate[] = [];
  for (const variable of BROWSER_ENV_VARS) {
    const value = env[variable];
    if (value) found.push({ executable: value, via: variable });
  }
  const pathVar = env.PATH ?? env.Path ?? '';
  const dirs = pathVar.split(platform === 'win32' ? ';' : ':').filter(Boolean);
  for (const name of PATH_NAMES) {
    const file = platform === 'win32' ? `${name}.exe` : name;
    for (const dir of dirs) found.push({ executable: p.join(dir, file), via: `${name} on PATH` });
  }
  for (const file of usualPaths(probe)) found.push({ executable: file, via: 'the usual install path' });
  const cache = playwrightCacheDir(probe);
  if (cache) {
    const revisions = probe
      .list(cache)
      .map((name) => ({ name, revision: /^chromium-(\d+)$/.exec(name)?.[1] }))
      .filter((entry): entry is { name: string; revision: string } => entry.revision !== undefined)
      .sort((a, b) => Number(b.revision) - Number(a.revision));
    for (const { name } of revisions) {
      for (const file of playwrightExecutables(platform, p.join(cache, name))) {
        found.push({ executable: file, via: "Playwright's browser cache" });
      }
    }
  }
  return found;
}

/**
 * The first browser that is there. A browser variable that names no executable stops the search
 * with `bad-env`: whoever set it meant that browser, and quietly taking another would hide the slip.
 */
export function findBrowser(probe: Probe): Finding {
  for (const { executable, via } of candidates(probe)) {
    if (probe.isExecutable(executable)) return { kind: 'found', executable, via };
    if ((BROWSER_ENV_VARS as readonly string[]).includes(via)) {
      return { kind: 'bad-env', variable: via, value: executable };
    }
  }
  return { kind: 'none' };
}

/** True when some folder on PATH holds an executable `name` (`.exe` on Windows). */
export function onPath(probe: Probe, name: string): boolean {
  const p = pathsFor(probe.platform);
  const file = probe.platform === 'win32' ? `${name}.exe` : name;
  const pathVar = probe.env.PATH ?? probe.env.Path ?? '';
  return pathVar
    .split(probe.platform === 'win32' ? ';' : ':')
    .filter(Boolean)
    .some((dir) => probe.isExecutable(p.join(dir, file)));
}

/** What the one-line advice needs to know beyond the finding. */
export interface AdviceFacts {
  platform: NodeJS.Platform;
  /** apt-get is on PATH (Debian, Ubuntu and kin). */
  hasApt: boolean;
  isRoot: boolean;
}

/**
 * The single line said when there is no browser to use: what to run, exactly. Shared by
 * `npm test` (after installing failed) and by the test projects (when started without `npm test`).
 */
export function noBrowserLine(finding: Exclude<Finding, { kind: 'found' }>, facts: AdviceFacts): string {
  if (finding.kind === 'bad-env') {
    return `${finding.variable}=${finding.value} is not an executable file: point it at Chrome or Chromium, or unset it`;
  }
  const playwright = '"npx playwright install chromium"';
  const install =
    facts.platform === 'linux' && facts.hasApt
      ? `"${facts.isRoot ? '' : 'sudo '}apt-get install chromium" (or ${playwright})`
      : playwright;
  const example = facts.platform === 'win32' ? 'C:\\path\\to\\chrome.exe' : '/path/to/chrome';
  return `npm test needs Chromium or Chrome: run ${install}, or set CHROME_PATH=${example}`;
}

/** The folder of the installed playwright-core package, if it can be found from here. */
function playwrightCoreDir(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dir = path.join(here, '..', 'node_modules', 'playwright-core');
  try {
    return statSync(dir).isDirectory() ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** The real machine, as this process sees it. */
export function nodeProbe(env: NodeJS.ProcessEnv = process.env): Probe {
  return {
    env,
    platform: process.platform,
    home: os.homedir(),
    cwd: process.cwd(),
    playwrightCoreDir: playwrightCoreDir(),
    isExecutable: (file) => {
      try {
        if (!statSync(file).isFile()) return false;
        accessSync(file, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    list: (dir) => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
  };
}

/** The advice facts of the real machine. */
export function nodeAdviceFacts(probe: Probe): AdviceFacts {
  return {
    platform: probe.platform,
    hasApt: probe.platform === 'linux' && onPath(probe, 'apt-get'),
    isRoot: process.getuid?.() === 0,
  };
}

/** The browser of this machine, or an Error whose message is the one line of advice. */
export function browserExecutable(probe: Probe = nodeProbe()): { executable: string; via: string } | Error {
  const finding = findBrowser(probe);
  if (finding.kind === 'found') return finding;
  return new Error(noBrowserLine(finding, nodeAdviceFacts(probe)));
}

/** The browser of this machine; throws the one line of advice when there is none. */
export function requireBrowser(probe: Probe = nodeProbe()): string {
  const result = browserExecutable(probe);
  if (result instanceof Error) throw result;
  return result.executable;
}
