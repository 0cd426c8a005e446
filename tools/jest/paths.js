const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/** Maps every `paths` alias of tsconfig.base.json to its file, so Jest resolves `@consignado/*`. */
function pathsToModuleNameMapper() {
  const root = join(__dirname, '..', '..');
  const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
  const mapper = {};
  for (const [alias, [target]] of Object.entries(compilerOptions.paths ?? {})) {
    mapper[`^${alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`] = join(root, target);
  }
  return mapper;
}

module.exports = { pathsToModuleNameMapper };
