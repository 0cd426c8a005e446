const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'service-kit',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  // Those need PostgreSQL: `nx run service-kit:test-integration`.
  testPathIgnorePatterns: ['\\.integration\\.spec\\.ts$'],
};
