/**
 * The pictures of the page in the "Save / Open" menu: the loop diagram and each chart, each as PNG
 * and as SVG, named like every export of the run. Listed when the menu opens (the charts on the
 * page depend on the view chosen).
 */
import { useState } from 'react';
import { EXPORT_STRINGS } from '../../i18n/export-strings';
import { useApp, useAppStore } from '../store-context';
import { layersPng, layersSvg, picturesOnPage, svgText, type Picture } from './images';
import { baseNameNow, download } from './opened';

export function ImageItems() {
  const app = useAppStore();
  const lang = useApp((s) => s.lang);
  const t = EXPORT_STRINGS[lang];
  const [pictures] = useState(() => picturesOnPage(t.loopDiagram, t.chart));
  if (pictures.length === 0) return null;

  const saveSvg = (p: Picture) =>
    download(
      new Blob([svgText(layersSvg(p.layers()))], { type: 'image/svg+xml' }),
      `${baseNameNow(app)}-${p.id}.svg`,
    );
  const savePng = async (p: Picture) => {
    try {
      download(await layersPng(p.layers()), `${baseNameNow(app)}-${p.id}.png`);
    } catch {
      // a picture the browser refuses to draw: the SVG is still there
      saveSvg(p);
    }
  };

  return (
    <div className="export-menu-images" role="group" aria-label={t.images}>
      <span className="export-menu-hint">{t.images}</span>
      {pictures.map((p) => (
        <div key={p.id} className="export-menu-image">
          <span className="export-menu-image-label" title={p.label}>
            {p.label}
          </span>
          <button type="button" className="btn" onClick={() => void savePng(p)} data-testid={`png-${p.id}`}>
            <code>.png</code>
          </button>
          <button type="button" className="btn" onClick={() => saveSvg(p)} data-testid={`svg-${p.id}`}>
            <code>.svg</code>
          </button>
        </div>
      ))}
    </div>
  );
}
