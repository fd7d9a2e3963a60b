/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(ts|js)$': ['@swc/jest', {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    }],
  },
  // any-ascii ships only ES modules: compile it to CommonJS so tests use the same transliteration as
  // production (Node 20 can require() it natively; Jest's module runtime cannot).
  transformIgnorePatterns: ['/node_modules/(?!any-ascii/)'],
  setupFiles: ['reflect-metadata'],
  testTimeout: 30000,
};
