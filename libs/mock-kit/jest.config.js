const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'mock-kit',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
