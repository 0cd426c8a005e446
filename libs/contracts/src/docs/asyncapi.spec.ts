import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EVENTS, EVENT_TYPES, generateAsyncApi, renderAsyncApiYaml, validateEnvelope, type EventType } from '../index';
import { CATALOGUE_START, replaceCatalogueSection } from './catalogue-markdown';

const LIB = join(__dirname, '..', '..');
const REGENERATE = 'run `npx tsx libs/contracts/scripts/asyncapi.ts` and commit the result';

/** REQUIREMENTS R-EV-2: each seed event's producer and consumers. */
const R_EV_2: [EventType, string, string[]][] = [
  ['ProposalCreated', 'proposal', ['credit-analysis']],
  ['CreditApproved', 'credit-analysis', ['loan']],
  ['CreditRejected', 'credit-analysis', ['notification']],
  ['AverbationRequested', 'loan', ['averbation-connector']],
  ['AverbationCompleted', 'averbation-connector', ['loan', 'payment']],
  ['AverbationFailed', 'averbation-connector', ['loan']],
  ['ContractActivated', 'loan', ['notification']],
  ['InstallmentDue', 'payment', ['notification']],
  ['PaymentReceived', 'payment', ['loan']],
  ['ContractSettled', 'loan', ['notification']],
];

type Node = { [key: string]: unknown };

function refs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refs(n, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refs(value, found);
    }
  }
  return found;
}

function resolve(doc: unknown, ref: string): unknown {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as Node | undefined)?.[key], doc);
}

describe('AsyncAPI document (R-EV-3)', () => {
  const doc = generateAsyncApi();

  it(`the checked-in asyncapi.yaml is the generated one (${REGENERATE})`, () => {
    expect(readFileSync(join(LIB, 'asyncapi.yaml'), 'utf8')).toBe(renderAsyncApiYaml());
    expect(parse(renderAsyncApiYaml())).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it.each([
    ['libs/contracts/README.md', join(LIB, 'README.md')],
    ['the repository README.md', join(LIB, '..', '..', 'README.md')],
  ])(`%s carries the generated catalogue table (${REGENERATE})`, (_name, file) => {
    const readme = readFileSync(file, 'utf8');
    expect(readme).toContain(CATALOGUE_START);
    expect(readme).toBe(replaceCatalogueSection(readme));
  });

  it.each(R_EV_2)('%s: sent by %s, received by %j (R-EV-2)', (eventType, producer, consumers) => {
    expect(doc.channels[eventType]?.['address']).toBe(EVENTS[eventType].topic);
    const ops = Object.values(doc.operations).filter((op) => op.channel.$ref === `#/channels/${eventType}`);
    const senders = ops.filter((op) => op.action === 'send').map((op) => op.tags[0]?.name);
    const receivers = ops.filter((op) => op.action === 'receive').map((op) => op.tags[0]?.name);
    expect(senders).toEqual([producer]);
    expect(receivers).toEqual(expect.arrayContaining(consumers));
  });

  it('has a channel, message, payload schema and operations for every catalogued event', () => {
    expect(doc.asyncapi).toBe('3.0.0');
    expect(Object.keys(doc.channels)).toEqual(EVENT_TYPES);
    expect(Object.keys(doc.components.messages)).toEqual(EVENT_TYPES);
    const operationCount = EVENT_TYPES.reduce((n, t) => n + 1 + EVENTS[t].consumers.length, 0);
    expect(Object.keys(doc.operations)).toHaveLength(operationCount);
  });

  it('resolves every $ref inside the document', () => {
    const unresolved = refs(doc).filter((ref) => resolve(doc, ref) === undefined);
    expect(unresolved).toEqual([]);
  });

  it.each(EVENT_TYPES)('the %s message example is a valid envelope', (eventType) => {
    const [example] = doc.components.messages[eventType]?.['examples'] as { payload: unknown }[];
    expect(validateEnvelope(example?.payload, eventType)).toMatchObject({ ok: true });
  });
});
