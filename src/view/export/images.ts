/**
 * Pictures of the page: an <svg> serialized with its computed styles written inline (so that it
 * looks the same outside the page, without the page's style sheets), and PNGs drawn from those SVGs
 * on a canvas — the loop's as its back layer, the dots' canvas, then its front layer.
 */

/** The presentation properties copied inline: what the page's CSS sets on the SVGs' elements. */
import { slug } from './names';

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'letter-spacing',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A copy of `svg` with each element's computed presentation inline, sized as shown on the page. */
export function inlineStyledClone(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((el, k) => {
    const copy = copies[k] as SVGElement | undefined;
    if (!copy) return;
    const computed = getComputedStyle(el);
    const style = STYLE_PROPERTIES.map((p) => {
      const v = computed.getPropertyValue(p);
      return v ? `${p}:${v}` : '';
    })
      .filter(Boolean)
      .join(';');
    if (style) copy.setAttribute('style', style);
    copy.removeAttribute('class');
  });
  const box = svg.getBoundingClientRect();
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(Math.round(box.width)));
  clone.setAttribute('height', String(Math.round(box.height)));
  return clone;
}

/** The SVG's text, as a standalone file. */
export function svgText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}

/** The layers of a picture, bottom first: SVGs and canvases laid over each other. */
export type Layers = readonly (SVGSVGElement | HTMLCanvasElement)[];

/** The layers as one standalone SVG: each SVG layer's content nested, each canvas as an image. */
export function layersSvg(layers: Layers, background = '#ffffff'): SVGSVGElement {
  const first = layers[0]!;
  const box = first.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  out.appendChild(bg);
  for (const layer of layers) {
    if (layer instanceof HTMLCanvasElement) {
      const image = document.createElementNS(SVG_NS, 'image');
      image.setAttribute('href', layer.toDataURL('image/png'));
      image.setAttribute('width', String(width));
      image.setAttribute('height', String(height));
      out.appendChild(image);
    } else {
      const nested = inlineStyledClone(layer);
      nested.setAttribute('x', '0');
      nested.setAttribute('y', '0');
      nested.setAttribute('width', String(width));
      nested.setAttribute('height', String(height));
      nested.removeAttribute('xmlns');
      out.appendChild(nested);
    }
  }
  return out;
}

/** An SVG as a loaded image, for drawing on a canvas. */
function svgImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the picture could not be drawn'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(svg))}`;
  });
}

/** The layers drawn on a canvas at the device's pixel ratio (2 at least, for print), as a PNG. */
export async function layersPng(layers: Layers, background = '#ffffff'): Promise<Blob> {
  const box = layers[0]!.getBoundingClientRect();
  const scale = Math.max(2, window.devicePixelRatio || 1);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(box.width * scale);
  canvas.height = Math.round(box.height * scale);
  const g = canvas.getContext('2d')!;
  g.fillStyle = background;
  g.fillRect(0, 0, canvas.width, canvas.height);
  for (const layer of layers) {
    const source = layer instanceof HTMLCanvasElement ? layer : await svgImage(inlineStyledClone(layer));
    g.drawImage(source, 0, 0, canvas.width, canvas.height);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}

/** A picture the page can save: its name in the file name, its label in the menu, its layers. */
export interface Picture {
  id: string;
  label: string;
  layers: () => Layers;
}

/** The pictures on the page now: the loop (when shown) and every chart, in page order. */
export function picturesOnPage(loopLabel: string, chartLabel: (title: string) => string): Picture[] {
  const pictures: Picture[] = [];
  const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-testid="agents"]');
  const stage = canvas?.parentElement;
  const back = stage?.querySelector<SVGSVGElement>('svg.loop-back');
  const front = stage?.querySelector<SVGSVGElement>('svg.loop-front');
  if (canvas && back && front)
    pictures.push({ id: 'loop', label: loopLabel, layers: () => [back, canvas, front] });
  document.querySelectorAll<SVGSVGElement>('.charts-panel svg.charts-svg').forEach((svg, k) => {
    const title = svg.getAttribute('aria-label') ?? `${k + 1}`;
    pictures.push({ id: `chart-${k + 1}-${slug(title, 24)}`, label: chartLabel(title), layers: () => [svg] });
  });
  return pictures;
}
