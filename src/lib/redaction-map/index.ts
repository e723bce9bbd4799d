// The redaction-map format: public entry point.
export * from './schema.ts';
export * from './parse.ts';
export * from './serialize.ts';
