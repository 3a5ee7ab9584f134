/**
 * The verdict's sign: a shape, a colour and (beside it) the word, so it reads in any light,
 * on any projector, and for people who do not see the colour. Go is a circle with a tick,
 * Go with conditions a triangle with an exclamation mark, Not yet an octagon with a bar.
 */
import type { VerdictValue } from '../../../../shared/model/session';

const SHAPES: Record<VerdictValue, { outline: string; mark: string }> = {
  go: { outline: 'M12 2.5a9.5 9.5 0 1 1 0 19a9.5 9.5 0 1 1 0-19z', mark: 'M7.5 12.3l3 3 6-6.3' },
  'go-with-conditions': { outline: 'M12 2.8l10 17.6H2z', mark: 'M12 9.2v5.2M12 17.4v.2' },
  'not-yet': { outline: 'M8.1 2.5h7.8l5.6 5.6v7.8l-5.6 5.6H8.1l-5.6-5.6V8.1z', mark: 'M7.5 12h9' },
};

export function VerdictMark({ value, size = 28 }: { value: VerdictValue; size?: number }) {
  const shape = SHAPES[value];
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={shape.outline} />
      <path d={shape.mark} strokeWidth={2.4} />
    </svg>
  );
}
