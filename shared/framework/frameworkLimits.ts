/**
 * The framework's fixed bounds, apart from its zod schema so that screens loaded at start (the
 * editor's store) can read them without bringing zod onto the start-up path.
 */

/** The most gaps a framework may have: a radar and a heatmap stay readable up to twelve. */
export const MAX_GAPS = 12;
export const MIN_GAPS = 1;

export const STAGE_KINDS = ['frame', 'criteria', 'gap', 'ownership', 'verdict', 'actions', 'export'] as const;
