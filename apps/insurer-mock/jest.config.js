const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'insurer-mock',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testPathIgnorePatterns: ['\\.integration\\.spec\\.ts$'],
};
