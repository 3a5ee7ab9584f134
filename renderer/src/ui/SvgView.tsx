/** Draws a chart built by shared/charts as React SVG elements (no HTML strings, nothing to inject). */
import { createElement, type ReactNode } from 'react';
import type { SvgNode } from '../../../shared/charts/svgTree';

function toCamel(name: string): string {
  if (name.startsWith('aria-') || name.startsWith('data-')) return name;
  if (name === 'class') return 'className';
  return name.replace(/[-:]([a-z])/g, (_, c: string) => c.toUpperCase());
}

function render(node: SvgNode | string, key: number): ReactNode {
  if (typeof node === 'string') return node;
  const props: Record<string, unknown> = { key };
  for (const [name, value] of Object.entries(node.attrs)) props[toCamel(name)] = value;
  return createElement(node.tag, props, ...(node.children ?? []).map((child, i) => render(child, i)));
}

export function SvgView({ chart }: { chart: SvgNode }) {
  return <>{render(chart, 0)}</>;
}
