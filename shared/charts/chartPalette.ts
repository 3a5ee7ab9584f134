/**
 * The colours and type a chart is drawn with. Charts are pure SVG trees, so they cannot read the
 * window's CSS variables: the window passes the palette of its theme, documents keep the light one
 * (and may swap the accent for the firm's colour). Level and gap colours are not here: they are
 * the framework's own and stay the same everywhere.
 */
export interface ChartPalette {
  /** Fills the whole chart when set; transparent otherwise (the card or page shows through). */
  background: string | null;
  /** Behind text that crosses lines (ring numbers): the colour the chart sits on. */
  halo: string;
  ink: string;
  muted: string;
  /** Rings, axes and empty cells. */
  grid: string;
  accent: string;
  /** Text drawn on the accent colour. */
  onAccent: string;
  font: string;
}

const FONT = "Inter, 'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif";

/** Matches the app's light theme; also the palette of every document. */
export const LIGHT_CHART_PALETTE: ChartPalette = {
  background: null,
  halo: '#ffffff',
  ink: '#17202c',
  muted: '#4f5b6b',
  grid: '#c3cad6',
  accent: '#1f5fbf',
  onAccent: '#ffffff',
  font: FONT,
};

/** Matches the app's dark theme (global.css `:root[data-theme="dark"]`). */
export const DARK_CHART_PALETTE: ChartPalette = {
  background: null,
  halo: '#161d27',
  ink: '#e9eef5',
  muted: '#a7b2c2',
  grid: '#3d4a5c',
  accent: '#78a9ff',
  onAccent: '#0b1526',
  font: FONT,
};

function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** White or near-black, whichever reads better on the given #rrggbb fill (gap colours vary). */
export function textOn(fill: string): string {
  return contrastRatio(fill, '#ffffff') >= contrastRatio(fill, '#1a1a1a') ? '#ffffff' : '#1a1a1a';
}

const SOFT_HYPHEN = '\u00ad';

/**
 * Splits a label into at most `maxLines` lines of about `maxChars` characters, breaking between
 * words, and inside a long compound where it carries a soft hyphen ("Veränderungs\u00admanagement"
 * → "Veränderungs-", "management"); what does not fit ends with an ellipsis. SVG text does not
 * wrap by itself.
 */
export function wrapWords(text: string, maxChars: number, maxLines = 2): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const [first = '', ...rest] = word.split(SOFT_HYPHEN);
    const candidate = line ? `${line} ${first}` : first;
    if (candidate.length <= maxChars || !line) line = candidate;
    else {
      lines.push(line);
      line = first;
    }
    for (const part of rest) {
      if (`${line}${part}`.length <= maxChars) line = `${line}${part}`;
      else {
        lines.push(`${line}-`);
        line = part;
      }
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.map((l) => truncate(l, maxChars));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${kept[maxLines - 1]!} ${lines.slice(maxLines).join(' ')}`, maxChars);
  return kept.map((l) => truncate(l, maxChars));
}

/**
 * Every line of a text wrapped at about `maxChars`, nothing cut: for pictures that grow to fit
 * their words (the roadmap's cards). A word longer than a line is broken across lines.
 */
export function wrapAll(text: string, maxChars: number): string[] {
  const size = Math.max(2, maxChars - 1);
  const pieces = text
    .trim()
    .split(/\s+/)
    .flatMap((word) => (word.length <= maxChars ? [word] : (word.match(new RegExp(`.{1,${size}}`, 'gsu')) ?? [word])));
  return wrapWords(pieces.join(' '), maxChars, Number.MAX_SAFE_INTEGER);
}

/** Cuts a label to `maxChars`, ending with an ellipsis when cut. */
export function truncate(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}

/** A rough width of a line of text (no font metrics in pure code); generous so labels never clip. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}
