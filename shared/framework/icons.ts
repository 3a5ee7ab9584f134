/**
 * Icons as SVG data (24×24, stroked, round caps), so the window, the presenter view and every
 * document draw the same gap icon. Each entry is a list of SVG element descriptions.
 */
export type IconShape =
  | { kind: 'path'; d: string }
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; rx: number };

const path = (d: string): IconShape => ({ kind: 'path', d });
const circle = (cx: number, cy: number, r: number): IconShape => ({ kind: 'circle', cx, cy, r });

export const ICONS = {
  database: [path('M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3z'), path('M4 6v6c0 1.7 3.6 3 8 3s8-1.3 8-3V6'), path('M4 12v6c0 1.7 3.6 3 8 3s8-1.3 8-3v-6')],
  users: [circle(9, 8, 3.5), path('M2.5 20c.6-3.4 3.2-5.5 6.5-5.5s5.9 2.1 6.5 5.5'), path('M16 4.8a3.5 3.5 0 0 1 0 6.4'), path('M18 14.8c1.9.7 3.2 2.6 3.5 5.2')],
  gauge: [path('M3.5 17a9 9 0 1 1 17 0'), path('M12 13l4.5-4.5'), circle(12, 13.5, 1.3), path('M3.5 17h17')],
  plug: [path('M9 2v5'), path('M15 2v5'), path('M6 7h12v3a6 6 0 0 1-12 0z'), path('M12 16v6')],
  compass: [circle(12, 12, 9), path('M15.5 8.5l-2 5-5 2 2-5z')],
  lifebuoy: [circle(12, 12, 9), circle(12, 12, 3.8), path('M5.6 5.6l3.7 3.7'), path('M14.7 14.7l3.7 3.7'), path('M18.4 5.6l-3.7 3.7'), path('M9.3 14.7l-3.7 3.7')],
  plus: [path('M12 5v14'), path('M5 12h14')],
  search: [circle(11, 11, 7), path('M20 20l-3.5-3.5')],
  archive: [{ kind: 'rect', x: 3, y: 4, width: 18, height: 5, rx: 1 }, path('M5 9v10a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V9'), path('M10 13h4')],
  unarchive: [{ kind: 'rect', x: 3, y: 4, width: 18, height: 5, rx: 1 }, path('M5 9v10a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V9'), path('M12 17v-5'), path('M9.5 14.5L12 12l2.5 2.5')],
  trash: [path('M4 7h16'), path('M10 11v6'), path('M14 11v6'), path('M6 7l1 13h10l1-13'), path('M9 7V4h6v3')],
  copy: [{ kind: 'rect', x: 8, y: 8, width: 13, height: 13, rx: 2 }, path('M4 16V5a1 1 0 0 1 1-1h11')],
  sun: [circle(12, 12, 4), path('M12 2v2'), path('M12 20v2'), path('M4.9 4.9l1.4 1.4'), path('M17.7 17.7l1.4 1.4'), path('M2 12h2'), path('M20 12h2'), path('M4.9 19.1l1.4-1.4'), path('M17.7 6.3l1.4-1.4')],
  moon: [path('M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z')],
  back: [path('M15 18l-6-6 6-6')],
  next: [path('M9 18l6-6-6-6')],
  clock: [circle(12, 12, 9), path('M12 7v5l3 2')],
  flag: [path('M5 21V4'), path('M5 4h11l-2 4 2 4H5')],
  target: [circle(12, 12, 9), circle(12, 12, 5), circle(12, 12, 1)],
  frame: [{ kind: 'rect', x: 3, y: 4, width: 18, height: 14, rx: 2 }, path('M8 21h8'), path('M7 9h6'), path('M7 13h10')],
  key: [circle(8, 15, 4), path('M11 12l9-9'), path('M17 6l3 3')],
  scale: [path('M12 3v18'), path('M5 7h14'), path('M5 7l-3 7a4 4 0 0 0 6 0z'), path('M19 7l-3 7a4 4 0 0 0 6 0z'), path('M8 21h8')],
  list: [path('M9 6h11'), path('M9 12h11'), path('M9 18h11'), circle(4.5, 6, 1), circle(4.5, 12, 1), circle(4.5, 18, 1)],
  download: [path('M12 3v12'), path('M7 10l5 5 5-5'), path('M4 20h16')],
  check: [path('M5 12.5l4.5 4.5L19 7')],
  trend: [path('M3 17l6-6 4 4 8-8'), path('M15 7h6v6')],
} as const satisfies Record<string, readonly IconShape[]>;

export type IconName = keyof typeof ICONS;
