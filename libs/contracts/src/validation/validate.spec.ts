import {
  assertValidEnvelope,
  createEnvelope,
  EVENT_TYPES,
  examplePayload,
  InvalidEventError,
  validateEnvelope,
  type EventEnvelope,
} from '../index';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const EVENT_ID = '6c0d3b7e-2a1f-4e5d-9c8b-7a6f5e4d3c2b';
const CUSTOMER_ID = examplePayload('ProposalCreated').customerId;

/** A valid envelope as plain JSON (what a consumer gets from JSON.parse). */
function valid(eventType: (typeof EVENT_TYPES)[number] = 'ProposalCreated'): JsonObject {
  const envelope = createEnvelope(eventType, {
    payload: examplePayload(eventType),
    eventId: EVENT_ID,
    occurredAt: '2025-02-10T13:00:00.000Z',
    metadata: { correlationId: '1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b', userId: 'u-1', channel: 'DIGITAL' },
  });
  return JSON.parse(JSON.stringify(envelope)) as JsonObject;
}

const REMOVE = Symbol('remove');

/** `valid()` with the field at a dotted path set to `value`, or removed. */
function withField(path: string, value: Json | typeof REMOVE, base = valid()): JsonObject {
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = keys.reduce((node, key) => node[key] as JsonObject, base);
  if (value === REMOVE) delete parent[last];
  else parent[last] = value;
  return base;
}

describe('validateEnvelope: a valid envelope of every event type passes (R-EV-1, R-EV-3)', () => {
  it.each(EVENT_TYPES)('%s', (eventType) => {
    const result = validateEnvelope(valid(eventType));
    expect(result).toEqual({ ok: true, envelope: valid(eventType) });
  });

  it.each<[string, string, Json | typeof REMOVE]>([
    ['occurredAt without milliseconds', 'occurredAt', '2025-02-10T13:00:00Z'],
    ['null userId', 'metadata.userId', null],
    ['null channel', 'metadata.channel', null],
    ['SYSTEM channel', 'metadata.channel', 'SYSTEM'],
    ['zero money', 'payload.monthlyIncome', '0.00'],
    ['an optional field absent', 'payload.benefit', REMOVE],
  ])('also passes with %s', (_name, path, value) => {
    expect(validateEnvelope(withField(path, value))).toMatchObject({ ok: true });
  });
});

/** Each wrong field, with the start of the readable message it must produce. */
const invalidCases: [string, string, Json | typeof REMOVE, string][] = [
  ['missing eventId', 'eventId', REMOVE, "(envelope) is missing required property 'eventId'"],
  ['eventId not a uuid', 'eventId', 'evt-123', '/eventId must be Uuid'],
  ['eventId upper case', 'eventId', EVENT_ID.toUpperCase(), '/eventId must be Uuid'],
  ['eventId as urn', 'eventId', `urn:uuid:${EVENT_ID}`, '/eventId must be Uuid'],
  ['aggregateId not a uuid', 'aggregateId', 'proposal-123', '/aggregateId must be Uuid'],
  ['occurredAt with an offset', 'occurredAt', '2025-02-10T10:00:00-03:00', '/occurredAt must be UtcTimestamp'],
  ['occurredAt without zone', 'occurredAt', '2025-02-10T13:00:00', '/occurredAt must be UtcTimestamp'],
  ['occurredAt impossible date', 'occurredAt', '2025-02-30T13:00:00Z', '/occurredAt must be UtcTimestamp'],
  ['occurredAt as epoch number', 'occurredAt', 1739192400000, '/occurredAt must be UtcTimestamp'],
  ['extra envelope property', 'timestamp', '2025-02-10T13:00:00Z', "(envelope) has unknown property 'timestamp'"],
  ['extra metadata property', 'metadata.traceId', 'x', "/metadata has unknown property 'traceId'"],
  ['extra payload property', 'payload.amount', '1.00', "/payload has unknown property 'amount'"],
  ['missing metadata', 'metadata', REMOVE, "(envelope) is missing required property 'metadata'"],
  ['missing causationId', 'metadata.causationId', REMOVE, "/metadata is missing required property 'causationId'"],
  ['null correlationId', 'metadata.correlationId', null, '/metadata/correlationId must be Uuid'],
  ['unknown channel', 'metadata.channel', 'APP', '/metadata/channel must be one of DIGITAL, CORBAN, INTERNAL, SYSTEM, null'],
  ['money as number', 'payload.requestedAmount', 10000, '/payload/requestedAmount must be Money'],
  ['money with 3 decimals', 'payload.requestedAmount', '10000.001', '/payload/requestedAmount must be Money'],
  ['money with 1 decimal', 'payload.requestedAmount', '10000.5', '/payload/requestedAmount must be Money'],
  ['money with a comma', 'payload.requestedAmount', '10000,00', '/payload/requestedAmount must be Money'],
  ['negative money', 'payload.monthlyIncome', '-1.00', '/payload/monthlyIncome must be Money'],
  ['rate as number', 'payload.monthlyRate', 0.0166, '/payload/monthlyRate must be RateFraction'],
  ['rate as percent', 'payload.monthlyRate', '1.66', '/payload/monthlyRate must be RateFraction'],
  ['date as DD/MM/AAAA', 'payload.firstDueDate', '10/03/2025', '/payload/firstDueDate must be IsoDate'],
  ['impossible date', 'payload.birthDate', '1958-02-30', '/payload/birthDate must be IsoDate'],
  ['formatted CPF', 'payload.cpf', '529.982.247-25', '/payload/cpf must be Cpf'],
  ['short benefit number', 'payload.benefit.number', '123', '/payload/benefit/number must be BenefitNumber'],
  ['unknown product', 'payload.product', 'CARD', '/payload/product must be one of INSS_CONSIGNADO'],
  ['term zero', 'payload.termMonths', 0, '/payload/termMonths must be >= 1'],
  ['term as string', 'payload.termMonths', '48', '/payload/termMonths must be integer (got string)'],
  ['missing payload field', 'payload.customerId', REMOVE, "/payload is missing required property 'customerId'"],
  ['payload null', 'payload', null, '/payload must be object (got null)'],
  ['unknown eventType', 'eventType', 'ProposalUpdated', '/eventType "ProposalUpdated" is not in the event catalogue'],
  ['eventType not PascalCase', 'eventType', 'proposal.created', '/eventType "proposal.created" is not in the event catalogue'],
  ['wrong version', 'version', 2, '/version 2 of ProposalCreated is not supported (supported: 1)'],
  ['version as string', 'version', '1', '/version must be integer (got string)'],
  ['wrong aggregateType', 'aggregateType', 'Contract', '/aggregateType must be "Proposal" for ProposalCreated'],
  ['aggregateId not the key', 'aggregateId', CUSTOMER_ID, '/aggregateId must equal payload.proposalId'],
];

describe('validateEnvelope: each wrong field fails with a readable error (R-EV-1, R-EV-3)', () => {
  it.each(invalidCases)('%s', (_name, path, value, message) => {
    const result = validateEnvelope(withField(path, value));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((e) => e.startsWith(message))).toBe(true);
  });

  it.each([
    ['a number', 42, '(envelope) must be object (got number)'],
    ['null', null, '(envelope) must be object (got null)'],
    ['an array', [], '(envelope) must be object (got array)'],
  ])('refuses %s', (_name, value, message) => {
    expect(validateEnvelope(value)).toEqual({ ok: false, errors: [message] });
  });

  it('reports every problem at once, without echoing personal data (R-X-2)', () => {
    let envelope = withField('eventId', 'x');
    envelope = withField('payload.cpf', '529.982.247-25', envelope);
    envelope = withField('payload.requestedAmount', 10000, envelope);
    const result = validateEnvelope(envelope);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(3);
    expect(result.errors.join('\n')).not.toContain('529');
  });

  it('refuses an event of another type than the topic carries', () => {
    expect(validateEnvelope(valid('CreditRejected'), 'CreditApproved')).toEqual({
      ok: false,
      errors: ['/eventType must be "CreditApproved" here'],
    });
  });
});

describe('assertValidEnvelope', () => {
  it('returns the typed envelope, narrowed by eventType', () => {
    const envelope: EventEnvelope = assertValidEnvelope(valid('InstallmentDue'));
    // A switch on eventType narrows the payload: this line would not compile otherwise.
    const due = envelope.eventType === 'InstallmentDue' ? envelope.payload.totalDue : undefined;
    expect(due).toBe('318.62');
  });

  it('throws InvalidEventError with code CONTRACTS.INVALID_EVENT and every error', () => {
    const envelope = withField('version', 3);
    try {
      assertValidEnvelope(envelope);
      throw new Error('expected a throw');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidEventError);
      expect(error).toMatchObject({
        code: 'CONTRACTS.INVALID_EVENT',
        errors: ['/version 3 of ProposalCreated is not supported (supported: 1)'],
      });
      expect((error as Error).message).toContain('Evento inválido');
    }
  });
});
