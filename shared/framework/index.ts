export * from './types';
export * from './facts';
export * from './gaps';
export * from './kpiSuggestions';
export * from './icons';
export * from './levelColors';
export * from './wording';
export * from './localize';
