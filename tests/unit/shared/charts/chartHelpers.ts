/** Reading chart trees in tests: find nodes, collect their text. */
import type { SvgNode } from '../../../../shared/charts/svgTree';

export function walk(node: SvgNode | string, visit: (n: SvgNode) => void): void {
  if (typeof node === 'string') return;
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

export function findAll(root: SvgNode, match: (n: SvgNode) => boolean): SvgNode[] {
  const found: SvgNode[] = [];
  walk(root, (n) => {
    if (match(n)) found.push(n);
  });
  return found;
}

/** Every text string in the tree, in document order (titles included). */
export function textsOf(root: SvgNode | string): string[] {
  if (typeof root === 'string') return [root];
  return (root.children ?? []).flatMap(textsOf);
}

/** Texts of <text> elements only (what is drawn, not the accessible title). */
export function drawnTexts(root: SvgNode): string[] {
  return findAll(root, (n) => n.tag === 'text').flatMap((n) => (n.children ?? []).filter((c): c is string => typeof c === 'string'));
}

export function byAttr(root: SvgNode, name: string, value: string): SvgNode {
  const found = findAll(root, (n) => n.attrs[name] === value);
  if (found.length !== 1) throw new Error(`expected one node with ${name}="${value}", found ${found.length}`);
  return found[0]!;
}
