/**
 * The framework's fixed bounds, apart from its zod schema so that screens loaded at start (the
 * editor's store) can read them without bringing zod onto the start-up path.
 */

/** The most gaps a framework may have: a radar and a heatmap stay readable up to twelve. */
export const MAX_GAPS = 12;
export const MIN_GAPS = 1;

/** The stages a framework's agenda may hold. */
export const STAGE_KINDS = ['frame', 'criteria', 'gap', 'ownership', 'verdict', 'actions', 'export'] as const;

/**
 * The stages a session's agenda may hold: its framework's, and the comparison with the baseline,
 * which only a re-assessment gets (startReassessment adds it), never a framework's own agenda.
 */
export const SESSION_STAGE_KINDS = [...STAGE_KINDS, 'comparison'] as const;
