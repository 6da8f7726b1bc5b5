/** The graph model: one home for the vocabulary every layer uses. */
export * from './kinds.js';
export * from './claim-links.js';
export * from './stances.js';
export * from './designs.js';
export * from './patterns.js';
export * from './study-relations.js';
