import { EVENTS, isEventType, type EventType } from '../catalog';
import { GenericEnvelopeSchema, type EventEnvelope } from '../envelope';
import { formatErrors, validatorFor } from './ajv';

export type ValidationResult<T extends EventType = EventType> =
  | { ok: true; envelope: EventEnvelope<T> }
  | { ok: false; errors: string[] };

/** Stable code carried by InvalidEventError; codes survive a process boundary, classes do not. */
export const INVALID_EVENT = 'CONTRACTS.INVALID_EVENT';

/** Thrown by assertValidEnvelope and createEnvelope; `errors` lists every problem found. */
export class InvalidEventError extends Error {
  readonly code = INVALID_EVENT;

  constructor(readonly errors: readonly string[]) {
    super(`Evento inválido: ${errors.join('; ')}`);
    this.name = 'InvalidEventError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks that follow from the catalogue once eventType is known and the version is supported. */
function catalogueErrors(value: Record<string, unknown>, eventType: EventType): string[] {
  const def = EVENTS[eventType];
  if (value['version'] !== def.version) {
    return Number.isInteger(value['version'])
      ? [`/version ${String(value['version'])} of ${eventType} is not supported (supported: ${def.version})`]
      : [];
  }
  const errors: string[] = [];
  if (value['aggregateType'] !== def.aggregateType) {
    errors.push(`/aggregateType must be "${def.aggregateType}" for ${eventType}`);
  }
  const validatePayload = validatorFor(def.payload);
  if (!validatePayload(value['payload'])) {
    errors.push(...formatErrors(validatePayload.errors, '/payload'));
  } else {
    const key = (value['payload'] as Record<string, unknown>)[def.keyField];
    if (value['aggregateId'] !== key) {
      errors.push(`/aggregateId must equal payload.${def.keyField}, the partition key (R-EV-4)`);
    }
  }
  return errors;
}

/**
 * Validates an envelope (R-EV-1) and then its payload against the schema of its eventType at its
 * version (R-EV-3). Pass `expectedType` when reading a topic that carries one event type.
 * Every problem is reported, not only the first.
 */
export function validateEnvelope<T extends EventType = EventType>(value: unknown, expectedType?: T): ValidationResult<T> {
  const validateGeneric = validatorFor(GenericEnvelopeSchema);
  const errors = validateGeneric(value) ? [] : formatErrors(validateGeneric.errors);
  if (isRecord(value)) {
    const eventType = value['eventType'];
    if (expectedType !== undefined && eventType !== expectedType) {
      errors.push(`/eventType must be "${expectedType}" here`);
    }
    if (isEventType(eventType)) {
      errors.push(...catalogueErrors(value, eventType));
    } else if (typeof eventType === 'string') {
      errors.push(`/eventType "${eventType}" is not in the event catalogue`);
    }
  }
  return errors.length === 0 ? { ok: true, envelope: value as EventEnvelope<T> } : { ok: false, errors };
}

/** As validateEnvelope, but returns the typed envelope or throws InvalidEventError. */
export function assertValidEnvelope<T extends EventType = EventType>(value: unknown, expectedType?: T): EventEnvelope<T> {
  const result = validateEnvelope(value, expectedType);
  if (!result.ok) throw new InvalidEventError(result.errors);
  return result.envelope;
}
