const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'rail-mock',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testPathIgnorePatterns: ['\\.integration\\.spec\\.ts$'],
};
