/**
 * The colour of each level (ColorBrewer RdYlBu, safe for the common colour-vision deficiencies),
 * with a text colour that reads on it. Levels always carry their number too, never colour alone.
 */
import type { Level } from './types';

export const LEVEL_COLORS: Readonly<Record<Level, { fill: string; text: string }>> = {
  1: { fill: '#d7191c', text: '#ffffff' },
  2: { fill: '#fdae61', text: '#1a1a1a' },
  3: { fill: '#ffffbf', text: '#1a1a1a' },
  4: { fill: '#abd9e9', text: '#1a1a1a' },
  5: { fill: '#2c7bb6', text: '#ffffff' },
};

export const UNSURE_COLOR = { fill: '#d9d9d9', text: '#1a1a1a' } as const;
