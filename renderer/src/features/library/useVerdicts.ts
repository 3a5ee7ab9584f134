/**
 * The verdict of each initiative in the library, computed once the verdict's rules (and the
 * pilot-trap checks) have loaded: they are not part of the first screen's code, so the library
 * shows its rows first and the verdict pills a moment later.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Message } from '../../../../shared/i18n';
import type { Session, VerdictValue } from '../../../../shared/model/session';
import type { computeVerdict, VERDICT_LABELS } from '../../../../shared/scoring/verdict';

interface VerdictModule {
  computeVerdict: typeof computeVerdict;
  VERDICT_LABELS: typeof VERDICT_LABELS;
}

export interface ShownVerdict {
  value: VerdictValue;
  label: Message;
}

/** Session id → its verdict; empty until the rules have loaded. */
export function useVerdicts(sessions: readonly Session[]): ReadonlyMap<string, ShownVerdict> {
  const [rules, setRules] = useState<VerdictModule | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../../../shared/scoring/verdict').then(
      (loaded) => live && setRules(loaded),
      () => {}, // no pills then; the rows are all that matter
    );
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => {
    if (!rules) return new Map();
    return new Map(
      sessions.map((session) => {
        const value = rules.computeVerdict(session).value;
        return [session.id, { value, label: rules.VERDICT_LABELS[value] }] as const;
      }),
    );
  }, [rules, sessions]);
}
