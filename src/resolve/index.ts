/** Canonical-id resolution: actor alias table and gazetteer. */
export * from './keys';
export * from './actors';
export * from './places';
