import type { VerdictValue } from '../../../../shared/model/session';

/**
 * A verdict as a coloured pill; the word carries it, the colour only repeats it. The caller gives
 * the word (VERDICT_LABELS), so the library's first screen need not load the verdict's rules.
 */
export function VerdictPill({ verdict, label }: { verdict: VerdictValue; label: string }) {
  return (
    <span className="pill verdict-pill" data-verdict={verdict}>
      {label}
    </span>
  );
}
