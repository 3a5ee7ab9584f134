/**
 * How a production ÷ pilot ratio reads on screen: the figure ("150×"), a sentence a room can take
 * in at a glance, the two numbers behind it, and what is missing when it cannot be computed.
 * The arithmetic is checks.ts's (factRatio, factNumber) and the wording of numbers shared/text's,
 * so the screen, the flags and the documents agree.
 */
import type { LocalizedFramework } from '../framework/localize';
import type { LocalizedRatio as RatioDefinition } from '../framework/types';
import { localized, msg, type LocalizedValue, type Message } from '../i18n/message';
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
  display: Message;
  /** A jump of SCALE_RATIO or more (or from nothing): pilot results say little about production. */
  large: boolean;
  /** A short name for the callout: "Daily volume". */
  title: Message;
  /** The sentence the room reads: "Peak volume is 150× the pilot's". */
  sentence: Message;
  /** The two numbers behind it, or null when one is missing. */
  detail: Message | null;
  /** Labels of the facts still to fill in (in the framework's language). */
  missing: string[];
}

/** The ratios with their own wording in the catalogue (facts.ratio.title, .sentence, .fromZero); others use their label. */
const WORDED = new Set(['records', 'volume', 'users', 'systems']);

function wordingKey(ratio: RatioDefinition): string {
  const key = ratio.id.replace(/^ratio\./, '');
  return WORDED.has(key) ? key : 'other';
}

function number(n: number): LocalizedValue {
  return localized((locale) => formatNumber(n, 1, locale));
}

function withUnit(n: number, unit: string | undefined): Message {
  return msg('facts.ratio.withUnit', { n: number(n), unit: unit || 'none' });
}

const NO_FIGURE = msg('facts.ratio.figureNone');

export function ratioReadout(session: Session, ratioOrId: RatioDefinition | string, framework: LocalizedFramework): RatioReadout | null {
  const ratio = typeof ratioOrId === 'string' ? framework.ratioById(ratioOrId) : ratioOrId;
  if (!ratio) return null;
  const key = wordingKey(ratio);
  const label = framework.ratioById(ratio.id)?.label ?? ratio.id;
  const numeratorFact = framework.factById(ratio.numeratorFactId);
  const denominatorFact = framework.factById(ratio.denominatorFactId);
  const production = factNumber(session, ratio.numeratorFactId);
  const pilot = factNumber(session, ratio.denominatorFactId);
  const base = { ratio, title: msg('facts.ratio.title', { ratio: key, label }) };

  if (production === null || pilot === null) {
    const missing = [
      pilot === null ? (denominatorFact?.label ?? ratio.denominatorFactId) : null,
      production === null ? (numeratorFact?.label ?? ratio.numeratorFactId) : null,
    ].filter((label): label is string => label !== null);
    return {
      ...base,
      state: 'missing',
      value: null,
      display: NO_FIGURE,
      large: false,
      sentence: msg('facts.ratio.fillIn', { count: missing.length, first: missing[0] ?? '', second: missing[1] ?? '' }),
      detail: null,
      missing,
    };
  }

  const productionWithUnit = withUnit(production, numeratorFact?.unit);
  const detail = msg('facts.ratio.detail', { production: productionWithUnit, pilot: number(pilot) });
  if (pilot <= 0) {
    if (production <= 0) {
      return { ...base, state: 'both-zero', value: null, display: NO_FIGURE, large: false, sentence: msg('facts.ratio.bothZero'), detail, missing: [] };
    }
    return {
      ...base,
      state: 'from-zero',
      value: null,
      display: msg('facts.ratio.figureFromZero', { production: number(production) }),
      large: true,
      sentence: msg('facts.ratio.fromZero', { ratio: key, label, production: productionWithUnit }),
      detail,
      missing: [],
    };
  }

  const value = factRatio(session, ratio.numeratorFactId, ratio.denominatorFactId);
  if (value === null) return null;
  const times = localized((locale) => formatRatio(value, locale));
  const display = msg('facts.ratio.figure', { times });
  return { ...base, state: 'ready', value, display, large: value >= SCALE_RATIO, sentence: msg('facts.ratio.sentence', { ratio: key, label, times }), detail, missing: [] };
}
