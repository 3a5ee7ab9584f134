/**
 * Small pictures every document shares, as SVG text: a gap's icon on its colour, and the firm's
 * monogram (the session holds no logo, so the firm's initials in its accent colour stand in).
 * Writers that need bitmaps rasterise these.
 */
import { el, toSvgString, type SvgNode } from '../charts/svgTree';
import { ICONS, type IconName } from '../framework/icons';

function iconShapes(name: IconName): SvgNode[] {
  return ICONS[name].map((shape) =>
    shape.kind === 'path'
      ? el('path', { d: shape.d })
      : shape.kind === 'circle'
        ? el('circle', { cx: shape.cx, cy: shape.cy, r: shape.r })
        : el('rect', { x: shape.x, y: shape.y, width: shape.width, height: shape.height, rx: shape.rx }),
  );
}

/** The gap's icon, drawn in `ink` on a rounded square of `fill`, `size` px wide. */
export function iconTileSvg(name: IconName, fill: string, ink: string, size = 48): string {
  const pad = 4.5;
  return toSvgString(
    el('svg', { width: size, height: size, viewBox: `0 0 ${24 + pad * 2} ${24 + pad * 2}` }, [
      el('rect', { x: 0, y: 0, width: 24 + pad * 2, height: 24 + pad * 2, rx: 7, fill }),
      el(
        'g',
        { transform: `translate(${pad} ${pad})`, fill: 'none', stroke: ink, 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' },
        iconShapes(name),
      ),
    ]),
  );
}

/** The icon alone, stroked in `ink`, for inline use beside text. */
export function iconSvg(name: IconName, ink: string, size = 20): string {
  return toSvgString(
    el('svg', { width: size, height: size, viewBox: '0 0 24 24', fill: 'none', stroke: ink, 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }, iconShapes(name)),
  );
}

/** The firm's initials in a rounded square of its accent colour. */
export function monogramSvg(initials: string, fill: string, ink: string, size = 96): string {
  const fontSize = initials.length > 1 ? 40 : 48;
  return toSvgString(
    el('svg', { width: size, height: size, viewBox: '0 0 96 96' }, [
      el('rect', { x: 0, y: 0, width: 96, height: 96, rx: 20, fill }),
      el(
        'text',
        { x: 48, y: 48 + fontSize * 0.36, 'text-anchor': 'middle', 'font-size': fontSize, 'font-weight': 700, fill: ink, 'font-family': 'Inter, Arial, Helvetica, sans-serif', 'letter-spacing': 1 },
        [initials],
      ),
    ]),
  );
}
