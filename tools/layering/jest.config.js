const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'layering',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.ts'],
};
