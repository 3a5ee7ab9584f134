/**
 * How a production ÷ pilot ratio reads on screen: the figure ("150×"), a sentence a room can take
 * in at a glance, the two numbers behind it, and what is missing when it cannot be computed.
 * The arithmetic is checks.ts's (factRatio, factNumber) and the wording of numbers shared/text's,
 * so the screen, the flags and the documents agree.
 */
import type { LocalizedFramework } from '../framework/localize';
import type { LocalizedRatio as RatioDefinition } from '../framework/types';
import type { Session } from '../model/session';
import { formatNumber } from '../text/numbers';
import { formatRatio } from '../text/ratio';
import { SCALE_RATIO, factNumber, factRatio } from './checks';

export type RatioState = 'ready' | 'missing' | 'from-zero' | 'both-zero';

export interface RatioReadout {
  ratio: RatioDefinition;
  state: RatioState;
  /** production ÷ pilot, or null when it cannot be computed. */
  value: number | null;
  /** The big figure: "150×", "0 → 5" (nothing in the pilot), or "—". */
  display: string;
  /** A jump of SCALE_RATIO or more (or from nothing): pilot results say little about production. */
  large: boolean;
  /** A short name for the callout: "Daily volume". */
  title: string;
  /** The sentence the room reads: "Peak volume is 150× the pilot's". */
  sentence: string;
  /** The two numbers behind it, or null when one is missing. */
  detail: string | null;
  /** Labels of the facts still to fill in. */
  missing: string[];
}

interface Wording {
  title: string;
  sentence(times: string): string;
  fromZero(production: string): string;
}

const WORDING: Readonly<Record<string, Wording>> = {
  'ratio.records': {
    title: 'Records',
    sentence: (x) => `Production data is ${x} the pilot sample`,
    fromZero: (n) => `The pilot used no records; production holds ${n}`,
  },
  'ratio.volume': {
    title: 'Daily volume',
    sentence: (x) => `Peak volume is ${x} the pilot’s`,
    fromZero: (n) => `The pilot handled nothing a day; production peaks at ${n}`,
  },
  'ratio.users': {
    title: 'Users',
    sentence: (x) => `Production has ${x} the pilot’s users`,
    fromZero: (n) => `The pilot had no real users; production will have ${n}`,
  },
  'ratio.systems': {
    title: 'Connected systems',
    sentence: (x) => `Production needs ${x} the systems the pilot connected`,
    fromZero: (n) => `The pilot connected no production system; production needs ${n}`,
  },
};

function genericWording(ratio: RatioDefinition): Wording {
  return {
    title: ratio.label,
    sentence: (x) => `${ratio.label}: ${x}`,
    fromZero: (n) => `${ratio.label}: none in the pilot, ${n} in production`,
  };
}

function withUnit(n: number, unit: string | undefined): string {
  return unit ? `${formatNumber(n)} ${unit}` : formatNumber(n);
}

export function ratioReadout(session: Session, ratioOrId: RatioDefinition | string, framework: LocalizedFramework): RatioReadout | null {
  const ratio = typeof ratioOrId === 'string' ? framework.ratioById(ratioOrId) : ratioOrId;
  if (!ratio) return null;
  const wording = WORDING[ratio.id] ?? genericWording(ratio);
  const numeratorFact = framework.factById(ratio.numeratorFactId);
  const denominatorFact = framework.factById(ratio.denominatorFactId);
  const production = factNumber(session, ratio.numeratorFactId);
  const pilot = factNumber(session, ratio.denominatorFactId);
  const base = { ratio, title: wording.title };

  if (production === null || pilot === null) {
    const missing = [
      pilot === null ? (denominatorFact?.label ?? ratio.denominatorFactId) : null,
      production === null ? (numeratorFact?.label ?? ratio.numeratorFactId) : null,
    ].filter((label): label is string => label !== null);
    return {
      ...base,
      state: 'missing',
      value: null,
      display: '—',
      large: false,
      sentence: `Fill in ${missing.map((m) => `“${m}”`).join(' and ')} to see the jump.`,
      detail: null,
      missing,
    };
  }

  const detail = `${withUnit(production, numeratorFact?.unit)} in production, ${formatNumber(pilot)} in the pilot`;
  if (pilot <= 0) {
    if (production <= 0) {
      return { ...base, state: 'both-zero', value: null, display: '—', large: false, sentence: 'Nothing to compare: both figures are zero.', detail, missing: [] };
    }
    return {
      ...base,
      state: 'from-zero',
      value: null,
      display: `0 → ${formatNumber(production)}`,
      large: true,
      sentence: wording.fromZero(withUnit(production, numeratorFact?.unit)),
      detail,
      missing: [],
    };
  }

  const value = factRatio(session, ratio.numeratorFactId, ratio.denominatorFactId);
  if (value === null) return null;
  const display = formatRatio(value);
  return { ...base, state: 'ready', value, display, large: value >= SCALE_RATIO, sentence: wording.sentence(display), detail, missing: [] };
}
