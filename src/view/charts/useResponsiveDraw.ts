import { useLayoutEffect, useRef } from 'react';

/** The width drawn at when the container cannot be measured (jsdom, hidden tabs). */
export const FALLBACK_WIDTH = 480;

function measure(el: HTMLElement | null): number {
  const w = el?.clientWidth ?? 0;
  return w > 0 ? Math.floor(w) : FALLBACK_WIDTH;
}

/**
 * Calls `draw(width)` after every render and whenever the returned container changes width.
 * The width lives in a ref, not in React state: D3 redraws directly, React does not re-render.
 */
export function useResponsiveDraw(draw: (width: number) => void) {
  const containerRef = useRef<HTMLDivElement>(null);
  const widthRef = useRef(0);
  const drawRef = useRef(draw);

  useLayoutEffect(() => {
    drawRef.current = draw;
    if (!widthRef.current) widthRef.current = measure(containerRef.current);
    draw(widthRef.current);
  });

  useLayoutEffect(() => {
    const el = containerRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const w = measure(el);
      if (Math.abs(w - widthRef.current) < 1) return;
      widthRef.current = w;
      drawRef.current(w);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  return containerRef;
}
