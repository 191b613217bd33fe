/** The tables of this lib: only for where the data source and migrations are assembled, this lib itself, tests and the demo. */
export * from './feedback.entities.js';
