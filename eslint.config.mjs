import nx from '@nx/eslint-plugin';

/**
 * Layers (see ../shared/STYLE.md): an app may use any lib; data-access may use domain and util;
 * domain may use domain and util; util only util. Enforced, not just tagged.
 */
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', '**/.nx', '**/tmp', 'infra/.cache/**'] },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain', 'type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain', 'type:util'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through the validated config class (libs/config), not process.env.',
        },
      ],
    },
  },
  {
    // domain/ is plain TypeScript (STYLE.md): aggregates, value objects and rules depend on no
    // framework, no infrastructure and no outer layer; finance is domain through and through.
    files: ['apps/*/src/**/domain/**/*.ts', 'libs/finance/src/**/*.ts', 'libs/profile/src/**/*.ts', 'libs/mock-kit/src/**/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*'], message: 'domain/ imports no NestJS: views and DTOs live beside their query or command.' },
            { group: ['typeorm', 'typeorm/*', 'kafkajs', 'kafkajs/*', 'pg', 'ioredis', 'express', 'prom-client'], message: 'domain/ imports no infrastructure: ports are interfaces, adapters live in database/ or the module.' },
            {
              group: ['@consignado/messaging', '@consignado/eventing', '@consignado/service-kit', '@consignado/config', '@consignado/testing'],
              message: 'domain/ uses only @consignado/core, finance and contracts: aggregates raise events, handlers publish them.',
            },
            { regex: '(^|/)(database|commands|queries|presenters|worker)(/|$)', message: 'domain/ never reaches into database/, commands/, queries/ or the workers: they depend on it.' },
          ],
        },
      ],
    },
  },
  {
    // Build, CI and bench scripts run before any app config exists.
    files: ['scripts/**', 'tools/**', 'infra/**', '**/bench/**', '**/cli/**', '**/*.spec.ts', '**/test/**', 'apps/e2e/**', 'jest.*', '**/jest.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Tests read untyped JSON bodies and fixtures.
    files: ['**/*.spec.ts', '**/test/**/*.ts', 'apps/e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/jest.config.js', '**/jest.*.config.js', 'jest.preset.js', 'tools/**/*.js'],
    rules: { '@nx/enforce-module-boundaries': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
];
