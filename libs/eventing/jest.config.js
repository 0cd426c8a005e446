const preset = require('../../jest.preset.js');

/** Unit tests only: no broker, no database. Integration specs have their own config. */
module.exports = {
  ...preset,
  displayName: 'eventing',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  testPathIgnorePatterns: ['\\.integration\\.spec\\.ts$'],
};
