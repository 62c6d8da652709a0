/**
 * End-to-end: the workshop challenge in the built app. A trainer pastes three teams' links (one
 * with a name, one a bare query, one that changes the market) and a line with no link, adds a
 * fourth team from a scenario file and a fifth dropped on the section; the page runs every team
 * on the same audiences and ranks them. Each team's median is checked against the same runs
 * made here in Node, so the ranking is the teams' strategies on the page's market and seeds; the
 * page's own scenario is untouched by the dropped file; a second challenge is cancelled.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { KEY_FIGURES, keyFigure } from '../../src/engine/compare';
import { median } from '../../src/engine/experiment';
import { simulate } from '../../src/engine/run';
import { defaultParameters, type Parameters } from '../../src/model/parameters';
import type { Scenario, StrategyChange } from '../../src/model/scenario';
import { writeUrl } from '../../src/store/url';
import { SCREENSHOT_DIR, severeViolations, testBrowser } from './browser';

const baseUrl = inject('baseUrl');
const pages = testBrowser(baseUrl);
afterEach(() => pages.close());

/**
 * A video of one QR code, as Chromium's fake camera plays it (YUV4MPEG2, 4:2:0): dark modules on
 * white, four modules of quiet zone, centred in 640×480.
 */
function qrVideo(text: string): Buffer {
  const W = 640;
  const H = 480;
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const cell = Math.floor(440 / (n + 8));
  const left = Math.floor((W - n * cell) / 2);
  const top = Math.floor((H - n * cell) / 2);
  const y = Buffer.alloc(W * H, 235);
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++)
      if (qr.modules.get(r, c))
        for (let dy = 0; dy < cell; dy++)
          y.fill(
            16,
            (top + r * cell + dy) * W + left + c * cell,
            (top + r * cell + dy) * W + left + (c + 1) * cell,
          );
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\nFRAME\n`), y, chroma]);
}

const SEEDS = [1, 2, 3];
const DAYS = 180;
const market = defaultParameters();
const figure = KEY_FIGURES.find((f) => f.id === 'romiWithEquity')!;

/** A team: its levers over the market (what the page should run), and its link or file. */
interface TeamCase {
  name: string;
  params: Parameters;
  changes?: StrategyChange[];
}
const red: TeamCase = { name: 'Red team', params: { ...market, 'ads.dailyBudget': 30 } };
const blue: TeamCase = {
  name: 'Team 2',
  params: { ...market, 'feedback.responseHours': 1, 'feedback.answeredShare': 1 },
};
// the link also sets the price, which is the market's: set aside, and run at the market's price
const green: TeamCase = {
  name: 'Green',
  params: { ...market, 'content.postsPerWeek': 2, 'content.purposefulShare': 0.9 },
  changes: [{ day: 60, parameters: { 'ads.dailyBudget': 0 } }],
};
const fileTeam: TeamCase = { name: 'Answer fast', params: { ...market, 'feedback.responseHours': 2 } };
const dropped: TeamCase = { name: 'Ads only', params: { ...market, 'content.postsPerWeek': 0 } };

/** The team's median of the figure on the seeds, computed here as the page should. */
function expectedMedian(team: TeamCase): number {
  return median(
    SEEDS.map((seed) =>
      keyFigure(
        {
          params: team.params,
          frames: simulate(team.params, seed, DAYS, { changes: team.changes, countTransitions: false }),
        },
        figure,
      ),
    ),
  );
}

function scenarioFile(team: TeamCase): string {
  const differing = Object.fromEntries(
    Object.entries(team.params).filter(([k, v]) => market[k as keyof Parameters] !== v),
  );
  const s: Scenario = {
    version: 2,
    name: team.name,
    description: '',
    seed: 9,
    days: 30,
    parameters: differing,
  };
  return JSON.stringify(s);
}

async function openChallenge(): Promise<Page> {
  const page = await pages.open();
  await page.getByTestId('challenge').locator('summary').click();
  await page.getByTestId('challenge-links').waitFor({ state: 'visible' });
  return page;
}

const status = (page: Page) => page.getByTestId('challenge-status').getAttribute('data-status');

describe('workshop challenge', () => {
  it('ranks teams from links and files on the same audiences, each median as computed here (screenshot challenge.png)', async () => {
    const page = await openChallenge();
    const budgetBefore = await page.getByTestId('param-ads.dailyBudget').inputValue();
    const links = [
      `Red team ${baseUrl}${writeUrl(red.params, 5, 90)}`,
      writeUrl(blue.params, 1, 180).slice(1),
      'this line has no link',
      `Green: ${baseUrl}${writeUrl({ ...green.params, 'product.price': 55 }, 1, 365, { changes: green.changes })}`,
    ];
    await page.getByTestId('challenge-links').fill(links.join('\n'));
    await page.getByTestId('challenge-add-links').click();
    await expect(page.getByTestId('challenge-team').count()).resolves.toBe(3);
    await expect(page.getByTestId('challenge-problems').textContent()).resolves.toContain(
      'Line 3: no link in “this line has no link”.',
    );
    // the line without a link stays to be mended
    await expect(page.getByTestId('challenge-links').inputValue()).resolves.toBe('this line has no link');
    await expect(page.getByTestId('challenge-set-aside').textContent()).resolves.toContain('Price');

    await page.getByTestId('challenge-file').setInputFiles({
      name: 'answer-fast.json',
      mimeType: 'application/json',
      buffer: Buffer.from(scenarioFile(fileTeam)),
    });
    // a file that is not a scenario: said, and no team added
    await page.getByTestId('challenge-file').setInputFiles({
      name: 'not-a-scenario.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version": 2, "name": 3}'),
    });
    await expect
      .poll(() => page.getByTestId('challenge-problems').textContent())
      .toMatch(/not-a-scenario\.json[\s\S]*seed/);
    expect(await page.getByTestId('challenge-team').count()).toBe(4);
    // dropped on the section: joins the challenge, does not open as the page's scenario
    await page.getByTestId('challenge').evaluate((section, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'ads-only.json', { type: 'application/json' }));
      section.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, scenarioFile(dropped));
    await expect.poll(() => page.getByTestId('challenge-team').count()).toBe(5);
    expect(await page.getByTestId('param-ads.dailyBudget').inputValue()).toBe(budgetBefore);

    await page.getByTestId('challenge-seeds').fill(String(SEEDS.length));
    await page.getByTestId('run-challenge').click();
    await expect.poll(() => status(page), { timeout: 90_000 }).toBe('done');

    const rows = page.getByTestId('challenge-row');
    expect(await rows.count()).toBe(5);
    const shown: { team: string; median: number }[] = [];
    for (let i = 0; i < 5; i++)
      shown.push({
        team: (await rows.nth(i).getAttribute('data-team'))!,
        median: Number(await rows.nth(i).getAttribute('data-median')),
      });
    const expected = [red, blue, green, fileTeam, dropped]
      .map((t) => ({ team: t.name, median: expectedMedian(t) }))
      .sort((a, b) => b.median - a.median);
    expect(shown).toEqual(expected);
    await expect(page.getByTestId('challenge-table').locator('caption').textContent()).resolves.toMatch(
      /^Ranked by ROMI with equity on day 180: the median over 3 audiences/,
    );
    // each team's curve, the best's on every other team's chart
    expect(await page.getByTestId('team-curve').count()).toBe(5);
    expect(await page.getByTestId('best-median').count()).toBe(4);
    expect(await page.getByTestId('team-median').first().getAttribute('d')).toMatch(/^M/);
    expect(await severeViolations(page)).toEqual([]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page
      .getByTestId('challenge-results')
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'challenge.png') });

    // a change of the market makes the ranking stale until run again
    await page.getByTestId('challenge-team').first().getByRole('button').click();
    await expect(page.getByTestId('challenge-results').getByRole('status').textContent()).resolves.toMatch(
      /run the challenge again/,
    );
  });

  it('cancels a running challenge', async () => {
    const page = await openChallenge();
    const link = (budget: number) =>
      `${baseUrl}${writeUrl({ ...market, 'ads.dailyBudget': budget }, 1, 180)}`;
    await page.getByTestId('challenge-links').fill([link(5), link(50), link(100)].join('\n'));
    await page.getByTestId('challenge-add-links').click();
    await page.getByTestId('run-challenge').click();
    await page.getByTestId('challenge-progress').waitFor({ state: 'visible' });
    await page.getByTestId('cancel-challenge').click();
    await expect.poll(() => status(page)).toBe('cancelled');
    expect(await page.getByTestId('challenge-results').count()).toBe(0);
  });
});

describe('workshop challenge, scanning the teams’ QR codes', () => {
  let folder: string;
  let video: string;
  const link = `${baseUrl}${writeUrl({ ...market, 'ads.dailyBudget': 30 }, 1, 180)}`;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'smm-qr-'));
    video = path.join(folder, 'qr.y4m');
    await writeFile(video, qrVideo(link));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('adds the team whose code the camera sees, once, and releases the camera when stopped', async () => {
    const camera = testBrowser(baseUrl, undefined, {
      args: [
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ],
    });
    try {
      const page = await camera.open();
      await page.getByTestId('challenge').locator('summary').click();
      await page.getByTestId('challenge-scan').click();
      await expect
        .poll(
          () =>
            page
              .getByTestId('challenge-scan-note')
              .textContent()
              .catch(() => null),
          { timeout: 20_000 },
        )
        .toBe('Team 1 added.');
      // the same code, still in view, is not added again
      await page.waitForTimeout(1_000);
      expect(await page.getByTestId('challenge-team').count()).toBe(1);
      await expect(page.getByTestId('challenge-team').textContent()).resolves.toContain(
        'Daily ad budget: $30/day',
      );
      await page.getByTestId('challenge-scan').click();
      expect(await page.getByTestId('challenge-scanner').count()).toBe(0);
      const live = await page.evaluate(() =>
        [...document.querySelectorAll('video')].some((v) =>
          (v.srcObject as MediaStream | null)?.getTracks().some((t) => t.readyState === 'live'),
        ),
      );
      expect(live).toBe(false);
    } finally {
      await camera.close();
    }
  });
});
