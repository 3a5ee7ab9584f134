/**
 * Charts are built once, as a small tree of SVG elements, by pure functions in shared/charts.
 * The window turns the tree into React elements (renderer/src/ui/SvgView.tsx); documents turn it
 * into SVG text with `toSvgString` (and rasterise that where a format needs a bitmap).
 */
export interface SvgNode {
  tag: 'svg' | 'g' | 'path' | 'circle' | 'rect' | 'line' | 'polygon' | 'polyline' | 'text' | 'title' | 'tspan';
  attrs: Readonly<Record<string, string | number>>;
  children?: readonly (SvgNode | string)[];
}

export function el(tag: SvgNode['tag'], attrs: Record<string, string | number>, children?: readonly (SvgNode | string)[]): SvgNode {
  return children ? { tag, attrs, children } : { tag, attrs };
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const ATTRIBUTE_NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;

/** SVG text for documents. Text and attribute values are escaped; odd attribute names are dropped. */
export function toSvgString(node: SvgNode | string): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = Object.entries(node.attrs)
    .filter(([name]) => ATTRIBUTE_NAME.test(name))
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  const xmlns = node.tag === 'svg' && !('xmlns' in node.attrs) ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  const children = node.children ?? [];
  if (children.length === 0) return `<${node.tag}${xmlns}${attrs}/>`;
  return `<${node.tag}${xmlns}${attrs}>${children.map(toSvgString).join('')}</${node.tag}>`;
}
