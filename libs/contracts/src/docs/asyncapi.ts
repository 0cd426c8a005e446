import { Type, type TSchema } from '@sinclair/typebox';
import { stringify } from 'yaml';
import { EVENT_TYPES, EVENTS, type EventType } from '../catalog';
import { createEnvelope } from '../create-envelope';
import { envelopeSchemaFor, EventMetadataSchema } from '../envelope';
import { examplePayload } from '../examples';
import { TOPIC_PARTITIONS } from '../naming';
import { CONSUMER_GROUPS } from '../services';

const KAFKA_BINDING = '0.5.0';

type Json = Record<string, unknown>;
const ref = (path: string) => ({ $ref: path });

/** Plain JSON: drops TypeBox's symbol keys so the document holds only JSON Schema. */
function plain(schema: TSchema): Json {
  return JSON.parse(JSON.stringify(schema)) as Json;
}

export interface AsyncApiOperation {
  action: 'send' | 'receive';
  channel: { $ref: string };
  messages: { $ref: string }[];
  summary: string;
  tags: { name: string }[];
  bindings?: Json;
}

/** The parts of an AsyncAPI 3.0 document this generator writes. */
export interface AsyncApiDocument {
  asyncapi: '3.0.0';
  info: { title: string; version: string; description: string };
  defaultContentType: 'application/json';
  channels: Record<string, Json>;
  operations: Record<string, AsyncApiOperation>;
  components: { messages: Record<string, Json>; schemas: Record<string, Json> };
}

/** A fixed example envelope, so regenerating the document gives the same bytes. */
function example(eventType: EventType): Json {
  const envelope = createEnvelope(eventType, {
    payload: examplePayload(eventType),
    eventId: '6c0d3b7e-2a1f-4e5d-9c8b-7a6f5e4d3c2b',
    occurredAt: '2025-02-10T13:00:00.000Z',
    metadata: { correlationId: '1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b', userId: 'corban-user-42', channel: 'CORBAN' },
  });
  return { name: `${eventType}Example`, payload: envelope };
}

function message(eventType: EventType): Json {
  const def = EVENTS[eventType];
  const envelope = plain(envelopeSchemaFor(eventType, Type.Unsafe(ref(`#/components/schemas/${eventType}Payload`))));
  (envelope['properties'] as Json)['metadata'] = ref('#/components/schemas/EventMetadata');
  return {
    name: eventType,
    title: `${eventType} v${def.version}`,
    summary: def.description,
    contentType: 'application/json',
    payload: envelope,
    bindings: {
      kafka: {
        key: { type: 'string', format: 'uuid', description: `aggregateId = payload.${def.keyField}` },
        bindingVersion: KAFKA_BINDING,
      },
    },
    examples: [example(eventType)],
    'x-aggregate-type': def.aggregateType,
    'x-producer': def.producer,
    'x-consumers': [...def.consumers],
  };
}

function operations(eventType: EventType): Record<string, AsyncApiOperation> {
  const def = EVENTS[eventType];
  const channel = ref(`#/channels/${eventType}`);
  const messages = [ref(`#/channels/${eventType}/messages/${eventType}`)];
  const ops: Record<string, AsyncApiOperation> = {
    [`${def.producer}.send.${eventType}`]: {
      action: 'send', channel, messages, summary: `${def.producer} publishes ${eventType}.`, tags: [{ name: def.producer }],
    },
  };
  for (const consumer of def.consumers) {
    ops[`${consumer}.receive.${eventType}`] = {
      action: 'receive', channel, messages, summary: `${consumer} consumes ${eventType}.`, tags: [{ name: consumer }],
      bindings: {
        kafka: { groupId: { type: 'string', enum: [CONSUMER_GROUPS[consumer]] }, bindingVersion: KAFKA_BINDING },
      },
    };
  }
  return ops;
}

/**
 * The event catalogue as an AsyncAPI 3.0 document (R-EV-3): one channel per topic, one message per
 * event (the R-EV-1 envelope around that event's payload schema), and a send operation for the
 * producer and a receive operation per consumer group.
 */
export function generateAsyncApi(): AsyncApiDocument {
  const doc: AsyncApiDocument = {
    asyncapi: '3.0.0',
    info: {
      title: 'ConsignadoHub domain events',
      version: '1.0.0',
      description: [
        'Generated from libs/contracts (do not edit by hand; run `npx tsx libs/contracts/scripts/asyncapi.ts`).',
        `One topic per event type and version, consignado.<kebab-case-event>.v<version>, ${TOPIC_PARTITIONS} partitions,`,
        'key = aggregateId. Each consumer group has a dead-letter topic consignado.dlq.<consumer-group>.',
      ].join(' '),
    },
    defaultContentType: 'application/json',
    channels: {},
    operations: {},
    components: { messages: {}, schemas: { EventMetadata: plain(EventMetadataSchema) } },
  };
  for (const eventType of EVENT_TYPES) {
    const def = EVENTS[eventType];
    doc.channels[eventType] = {
      address: def.topic,
      title: eventType,
      description: def.description,
      messages: { [eventType]: ref(`#/components/messages/${eventType}`) },
      bindings: { kafka: { partitions: TOPIC_PARTITIONS, bindingVersion: KAFKA_BINDING } },
    };
    Object.assign(doc.operations, operations(eventType));
    doc.components.messages[eventType] = message(eventType);
    doc.components.schemas[`${eventType}Payload`] = plain(def.payload);
  }
  return doc;
}

/** The checked-in libs/contracts/asyncapi.yaml, byte for byte. */
export function renderAsyncApiYaml(): string {
  return `# Generated by libs/contracts/scripts/asyncapi.ts from libs/contracts/src. Do not edit.\n${stringify(generateAsyncApi(), { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
