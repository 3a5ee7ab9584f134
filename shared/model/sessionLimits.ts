/** Bounds of a session that screens loaded at start read, kept apart from the zod schema (start-up). */

/** How many earlier assessments a session carries: a quarterly follow-up for three years. */
export const MAX_EARLIER_ASSESSMENTS = 12;
