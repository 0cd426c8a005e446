const preset = require('../jest.preset.js');

/** Unit tests of the local stack: no infrastructure needed. */
module.exports = {
  ...preset,
  displayName: 'infra',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  testPathIgnorePatterns: ['\\.integration\\.spec\\.ts$'],
  modulePathIgnorePatterns: ['<rootDir>/\\.cache/', '<rootDir>/\\.run/'],
};
