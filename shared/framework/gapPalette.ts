/**
 * The icons and colours a gap may take: the built-in six first, then six more, so a framework of
 * twelve gaps still gives each its own. Every colour is readable on white as a graphic (≥ 3:1) and
 * the set stays apart for common colour-vision deficiencies as far as twelve hues can.
 */
import type { IconName } from './icons';

export const GAP_ICONS = ['database', 'users', 'gauge', 'plug', 'compass', 'lifebuoy', 'scale', 'key', 'target', 'flag', 'list', 'frame'] as const satisfies readonly IconName[];
export type GapIcon = (typeof GAP_ICONS)[number];

export const GAP_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#332288', '#4D4D4D', '#882255', '#117733', '#AA4499', '#8C6D00', '#0F6E78', '#B2182B'] as const;
export type GapColor = (typeof GAP_COLORS)[number];
