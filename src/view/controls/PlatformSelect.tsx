/**
 * The research's fourth object: the platform. A select of the profiles in src/model/platforms.ts;
 * choosing one sets cost per impression, click-through rate and organic reach to its published
 * averages in one change, and the sliders stay free. When the three values match no profile, the
 * select says "Custom values". The explanation, what a platform sets and where each figure comes
 * from open in place, as every parameter's do.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { parameterSpec } from '../../model/parameters';
import {
  PLATFORMS,
  PLATFORM_PARAMETERS,
  isAssumption,
  platformOf,
  platformProfile,
  type PlatformId,
  type PlatformParameter,
} from '../../model/platforms';
import { STRINGS, type Lang } from '../../i18n/strings';
import { formatSetting } from '../../i18n/format';

/** The select's value when the strategy matches no platform. */
const CUSTOM = 'custom';

export interface PlatformSelectProps {
  /** the strategy's current values of the three parameters a platform sets */
  values: Readonly<Record<PlatformParameter, number>>;
  lang: Lang;
  onChoose: (id: PlatformId) => void;
}

export function PlatformSelect({ values, lang, onChoose }: PlatformSelectProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const t = STRINGS[lang];
  const current = platformOf(values);
  const profile = current ? platformProfile(current) : undefined;
  const spec = (name: PlatformParameter) => parameterSpec(name)!;
  // Named inside a sentence: "… averages: cost per 1000 impressions, click-through rate, …".
  const names = PLATFORM_PARAMETERS.map((n) => {
    const label = spec(n).label[lang];
    return label.charAt(0).toLocaleLowerCase(lang) + label.slice(1);
  }).join(', ');

  const choose = (e: ChangeEvent<HTMLSelectElement>) => {
    const next = e.currentTarget.value;
    if (next !== CUSTOM && platformProfile(next)) onChoose(next as PlatformId);
  };

  return (
    <div className="param platform">
      <div className="param-head">
        <label htmlFor={id} className="param-label">
          {t.platform}
        </label>
        <select
          id={id}
          className="platform-select"
          value={current ?? CUSTOM}
          aria-describedby={`${id}-help`}
          data-testid="platform-select"
          onChange={choose}
        >
          {PLATFORMS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label[lang]}
            </option>
          ))}
          {current === null && <option value={CUSTOM}>{t.platformCustom}</option>}
        </select>
        <button
          type="button"
          className="param-help-toggle"
          aria-expanded={open}
          aria-controls={`${id}-help`}
          aria-label={`${t.platform}: ?`}
          title={profile ? profile.about[lang] : t.platformCustomAbout}
          onClick={() => setOpen(!open)}
        >
          ?
        </button>
      </div>
      <div id={`${id}-help`} className={`param-help${open ? ' param-help-open' : ''}`}>
        <p className="platform-about">
          {profile ? profile.about[lang] : t.platformCustomAbout} {t.platformSets(names)}
        </p>
        {open && profile && (
          <>
            <p className="platform-sources-title">{t.platformSources}</p>
            <ul className="platform-sources" data-testid="platform-sources">
              {PLATFORM_PARAMETERS.map((n) => (
                <li key={n}>
                  {spec(n).label[lang]}: {formatSetting(spec(n), profile.values[n], lang)} —{' '}
                  {isAssumption(profile.sources[n]) ? t.platformAssumption : profile.cites[n]}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
