/**
 * Platform profiles: the research's fourth object in the seed article ("industry-average
 * indicators on each social platform"). Choosing a platform sets three parameters of the schema
 * — the price of an impression, the chance it is clicked, and the share of followers who see a
 * post — to that platform's published averages; each stays adjustable afterwards, and a strategy
 * whose three values match no profile is "custom". docs/platforms.md is generated from this list
 * (`npm run docs`) with every figure's source.
 */
import type { Bilingual, ParameterName, Parameters } from './parameters';

/** The parameters a platform sets, in the order the docs and the page list them. */
export const PLATFORM_PARAMETERS = [
  'ads.cpm',
  'ads.ctr',
  'content.organicReach',
] as const satisfies readonly ParameterName[];
export type PlatformParameter = (typeof PLATFORM_PARAMETERS)[number];

/** One platform's averages, each with where it comes from. */
export interface PlatformProfile {
  readonly id: string;
  readonly label: Bilingual;
  /** What sets the platform apart, in a sentence. */
  readonly about: Bilingual;
  /** The value each of the three parameters takes (units as in the schema: dollars, shares). */
  readonly values: Readonly<Record<PlatformParameter, number>>;
  /**
   * Where each value comes from: publisher, year and what was measured, or "Assumption:" and
   * the reasoning when no published figure was found.
   */
  readonly sources: Readonly<Record<PlatformParameter, string>>;
  /**
   * The same sources in brief for the page, in words that read alike in English and Russian
   * (publishers and years); empty for an assumption.
   */
  readonly cites: Readonly<Record<PlatformParameter, string>>;
}

/** True when a figure's source is an assumption rather than a publication. */
export function isAssumption(source: string): boolean {
  return source.startsWith('Assumption:');
}

const profile = <const I extends string>(p: PlatformProfile & { id: I }) => p;

/** Every profile, in the order the page lists them. */
export const PLATFORMS = [
  profile({
    id: 'facebook',
    label: { en: 'Facebook', ru: 'Facebook' },
    about: {
      en: 'The reference point: mid-priced impressions, a click on about one ad in a hundred, and a page post seen by one follower in twenty.',
      ru: 'Точка отсчёта: показы средней цены, клик примерно по одной рекламе из ста, пост страницы видит один подписчик из двадцати.',
    },
    values: { 'ads.cpm': 10, 'ads.ctr': 0.009, 'content.organicReach': 0.05 },
    sources: {
      'ads.cpm':
        'About $10 per 1000 impressions: narrative.bi $9.56 (US, 2024, secondary); AdStage median News Feed CPM $8.20 (Q3 2018, 3 billion impressions); published figures run from $5 to $25 and are about 18% higher in Q4 than in Q1.',
      'ads.ctr':
        '0.90%: WordStream Facebook ads benchmarks, all clicks on 256 US accounts, $553k spend (2017). Traffic campaigns alone average about 1.5% (WordStream/LocalIQ 2024, secondary).',
      'content.organicReach':
        '5%: Hootsuite, average organic reach of a Page post, 5.2% at the end of 2020 (5.5% in 2019, 7.7% in 2018); Social@Ogilvy measured 6.15% across 106 pages and 2.11% for pages over 500,000 likes (2014).',
    },
    cites: {
      'ads.cpm': 'narrative.bi 2024, AdStage 2018',
      'ads.ctr': 'WordStream 2017',
      'content.organicReach': 'Hootsuite 2020, Social@Ogilvy 2014',
    },
  }),
  profile({
    id: 'instagram',
    label: { en: 'Instagram', ru: 'Instagram' },
    about: {
      en: 'Cheaper impressions than Facebook and fewer clicks on them, but a post reaches almost three times the share of followers.',
      ru: 'Показы дешевле, чем в Facebook, и кликают по ним реже, зато пост видит почти втрое большая доля подписчиков.',
    },
    values: { 'ads.cpm': 7, 'ads.ctr': 0.006, 'content.organicReach': 0.14 },
    sources: {
      'ads.cpm':
        '$7: AdStage Paid Media Benchmark Report, median Instagram CPM $6.90 (Q3 2018); Gupta Media, State of Social Media CPM, Instagram ads 23% cheaper than Facebook on average (2023), which puts them near $7.70 against a $10 Facebook.',
      'ads.ctr':
        '0.6%, derived: AdStage Q3 2018 median Instagram CPM $6.90 ÷ median CPC $1.09 = 0.63% (a ratio of medians, so approximate); the same report gave Facebook News Feed a median CTR of 1.44%.',
      'content.organicReach':
        '14%: Socialinsider, average reach rate (reach ÷ followers) of 320,187 Instagram posts, 13.51% (July 2021 – July 2022); Facebook posts in the same study reached 8.60%.',
    },
    cites: {
      'ads.cpm': 'AdStage 2018, Gupta Media 2023',
      'ads.ctr': 'AdStage 2018',
      'content.organicReach': 'Socialinsider 2022',
    },
  }),
  profile({
    id: 'tiktok',
    label: { en: 'TikTok', ru: 'TikTok' },
    about: {
      en: 'Cheap impressions and a feed that shows videos far beyond the followers: a video is watched nearly as many times as the account has followers.',
      ru: 'Дешёвые показы и лента, которая показывает ролики далеко за пределами подписчиков: ролик смотрят почти столько раз, сколько у аккаунта подписчиков.',
    },
    values: { 'ads.cpm': 7.5, 'ads.ctr': 0.01, 'content.organicReach': 0.8 },
    sources: {
      'ads.cpm':
        '$7.50: Right Side Up with Varos, TikTok CPM by quarter of 2024 ($6.52, $8.70, $7.34, $7.21; mean $7.44); Gupta Media measured an average of $5.12 (2023).',
      'ads.ctr':
        'Assumption: 1%. No cross-account average was found; practitioner guides put In-Feed ads at 1–3% (2023–2026, secondary, some citing TikTok For Business), and the bottom of that range is taken because those guides describe campaigns worth writing about.',
      'content.organicReach':
        '80%, derived: Socialinsider Social Media Industry Benchmarks 2023 (posts of 2022), TikTok engagement 4.25% of followers and 5.10% of views, so views ≈ 4.25 ÷ 5.10 = 83% of followers. TikTok shows videos mostly to non-followers; the model has no discovery feed, so this stands for how far a post travels.',
    },
    cites: {
      'ads.cpm': 'Right Side Up & Varos 2024, Gupta Media 2023',
      'ads.ctr': '',
      'content.organicReach': 'Socialinsider 2023',
    },
  }),
  profile({
    id: 'linkedin',
    label: { en: 'LinkedIn', ru: 'LinkedIn' },
    about: {
      en: 'A professional audience at three times Facebook’s price per impression, with the fewest clicks per impression of the four.',
      ru: 'Профессиональная аудитория втрое дороже Facebook за показ и с самой низкой кликабельностью из четырёх.',
    },
    values: { 'ads.cpm': 30, 'ads.ctr': 0.005, 'content.organicReach': 0.06 },
    sources: {
      'ads.cpm':
        '$30, low confidence: agencies report $25–45 for most B2B campaigns (Lever Digital 2026, via Stackmatix) and $27 (Digital Moats); narrow senior audiences cost several times more.',
      'ads.ctr':
        '0.5%: LinkedIn’s own global average CTR for Sponsored Content, 0.44–0.65% of impressions, counting chargeable clicks only (as quoted by The B2B House, 2021–2022).',
      'content.organicReach':
        'Assumption: 6%. No cross-company benchmark of LinkedIn page reach was found; Smart Insights reports 4–8% daily organic reach for its own B2B page (Dave Chaffey), and the middle of that is taken.',
    },
    cites: {
      'ads.cpm': 'Lever Digital 2026, Digital Moats',
      'ads.ctr': 'LinkedIn (The B2B House 2022)',
      'content.organicReach': '',
    },
  }),
] as const satisfies readonly PlatformProfile[];

/** A profile's id: the value the page's select carries. */
export type PlatformId = (typeof PLATFORMS)[number]['id'];

const BY_ID: ReadonlyMap<string, PlatformProfile> = new Map(PLATFORMS.map((p) => [p.id, p]));

/** The profile with that id, or undefined. */
export function platformProfile(id: string): PlatformProfile | undefined {
  return BY_ID.get(id);
}

/**
 * The platform whose three values the parameters match exactly, or null when they match none
 * (a custom strategy). Exact: a value moved by a slider, however slightly, is no longer the
 * platform's average.
 */
export function platformOf(params: Readonly<Record<PlatformParameter, number>>): PlatformId | null {
  const match = PLATFORMS.find((p) => PLATFORM_PARAMETERS.every((name) => params[name] === p.values[name]));
  return match ? match.id : null;
}

/** The three values a platform sets, for the store's `setParams`. */
export function platformValues(id: PlatformId): Record<PlatformParameter, number> {
  const p = BY_ID.get(id);
  if (!p)
    throw new Error(`unknown platform "${id}"; known platforms: ${PLATFORMS.map((q) => q.id).join(', ')}`);
  return { ...p.values };
}

/** `params` with the three values of platform `id`; every other parameter unchanged. */
export function withPlatform(params: Parameters, id: PlatformId): Parameters {
  return { ...params, ...platformValues(id) };
}
