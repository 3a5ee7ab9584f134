/** How values are written for people: numbers, ratios, counted nouns, days and times. One home for each rule. */
export * from './locale';
export * from './numbers';
export * from './ratio';
export * from './dates';
export * from './shorten';
