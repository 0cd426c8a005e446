import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { TSchema } from '@sinclair/typebox';

/**
 * One Ajv instance for the process. `verbose` keeps each failing schema on its error so messages
 * can quote the schema's title and description; no coercion, so a number never passes as money.
 */
let instance: Ajv | undefined;

function ajv(): Ajv {
  if (!instance) {
    instance = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, coerceTypes: false });
    addFormats(instance);
  }
  return instance;
}

/** Compiles a schema once per schema object; schemas are module constants, so this is a cache. */
const compiled = new WeakMap<TSchema, ValidateFunction>();

export function validatorFor(schema: TSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv().compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

interface Described {
  title?: string;
  description?: string;
}

/** Only the JS type of the offending value: values may be personal data (R-X-2). */
function got(data: unknown): string {
  if (data === null) return 'null';
  if (Array.isArray(data)) return 'array';
  return typeof data;
}

function describe(error: ErrorObject): string {
  const schema = (error.parentSchema ?? {}) as Described;
  const named = schema.title && schema.description ? `must be ${schema.title}: ${schema.description}` : undefined;
  switch (error.keyword) {
    case 'required':
      return `is missing required property '${String(error.params['missingProperty'])}'`;
    case 'additionalProperties':
      return `has unknown property '${String(error.params['additionalProperty'])}'`;
    case 'enum':
      return `must be one of ${(error.params['allowedValues'] as unknown[]).map(String).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(error.params['allowedValue'])}`;
    case 'type':
      return `${named ?? error.message ?? 'has the wrong type'} (got ${got(error.data)})`;
    case 'pattern':
    case 'format':
      return named ?? error.message ?? 'is malformed';
    default:
      return error.message ?? `fails ${error.keyword}`;
  }
}

/** Readable, de-duplicated messages like `/payload/requestedAmount must be Money: …`. */
export function formatErrors(errors: readonly ErrorObject[] | null | undefined, prefix = ''): string[] {
  const lines = (errors ?? []).map((e) => `${prefix + e.instancePath || '(envelope)'} ${describe(e)}`);
  return [...new Set(lines)];
}
