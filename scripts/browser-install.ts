/**
 * Getting a browser onto a machine that has none, so that a fresh clone passes `npm test`.
 *
 * Debian and Ubuntu get their own Chromium package through apt-get (as root, or through `sudo -n`
 * when that needs no password); everywhere else, and wherever apt-get fails, Playwright downloads
 * its Chrome for Testing into its cache, where the finder looks. The plan and the sequence are
 * pure and take their effects as arguments, so the tests drive them with fakes; the entry point is
 * scripts/ensure-browser.ts.
 */
import { noBrowserLine, type AdviceFacts, type Finding } from './browser';

/** One program to run. */
export interface Command {
  file: string;
  args: string[];
  /** Added to the inherited environment. */
  env?: Record<string, string>;
}

/** One way of installing a browser: its commands run in order, stopping at the first failure. */
export interface InstallStep {
  /** What the user would type, said before the step runs. */
  label: string;
  commands: Command[];
}

/** What the plan depends on. */
export interface InstallFacts extends AdviceFacts {
  /** `sudo -n true` succeeds: sudo needs no password here. */
  canSudo: boolean;
  /** Playwright's command-line entry (playwright/cli.js), when the package is installed. */
  playwrightCli?: string;
  /** The Node executable that runs it. */
  node: string;
}

/** The ways to try, in order; empty when nothing applies. */
export function installSteps(facts: InstallFacts): InstallStep[] {
  const steps: InstallStep[] = [];
  if (facts.platform === 'linux' && facts.hasApt && (facts.isRoot || facts.canSudo)) {
    // As root apt-get runs directly; otherwise through `sudo -n`, which fails rather than asking for
    // a password, and takes DEBIAN_FRONTEND as an argument because it drops most of the environment.
    const apt = (...args: string[]): Command =>
      facts.isRoot
        ? { file: 'apt-get', args, env: { DEBIAN_FRONTEND: 'noninteractive' } }
        : { file: 'sudo', args: ['-n', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args] };
    const sudo = facts.isRoot ? '' : 'sudo ';
    steps.push({
      label: `${sudo}apt-get update && ${sudo}apt-get install -y chromium`,
      commands: [apt('update'), apt('install', '-y', 'chromium')],
    });
  }
  if (facts.playwrightCli) {
    steps.push({
      label: 'npx playwright install chromium',
      commands: [{ file: facts.node, args: [facts.playwrightCli, 'install', 'chromium'] }],
    });
  }
  return steps;
}

/** The effects {@link ensureBrowser} needs. */
export interface EnsureDeps {
  /** Search for a browser (again after each install). */
  find: () => Finding;
  facts: InstallFacts;
  /** Run a command with its output streamed to the user; resolves to its exit code. */
  run: (command: Command) => Promise<number>;
  /** A line for the user (standard output). */
  say: (line: string) => void;
  /** The one line of failure (standard error). */
  fail: (line: string) => void;
}

/**
 * Make sure a browser is there: name it if found, otherwise install one and look again. Resolves
 * to the exit code: 0 with a browser, 1 after the single line saying what to run.
 */
export async function ensureBrowser(deps: EnsureDeps): Promise<number> {
  let finding = deps.find();
  if (finding.kind === 'found') {
    deps.say(`browser: ${finding.executable} (${finding.via})`);
    return 0;
  }
  if (finding.kind === 'none') {
    for (const step of installSteps(deps.facts)) {
      deps.say(`browser: no Chromium or Chrome found, installing one: ${step.label}`);
      for (const command of step.commands) {
        if ((await deps.run(command)) !== 0) break;
      }
      finding = deps.find();
      if (finding.kind === 'found') {
        deps.say(`browser: ${finding.executable} (${finding.via}), installed`);
        return 0;
      }
    }
  }
  deps.fail(noBrowserLine(finding, deps.facts));
  return 1;
}
