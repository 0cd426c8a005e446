import type { TObject } from '@sinclair/typebox';
import { EVENT_TYPES, EVENTS } from '../catalog';

function fields(schema: TObject): string {
  const required = new Set(schema.required ?? []);
  return Object.keys(schema.properties)
    .map((name) => (required.has(name) ? name : `${name}?`))
    .join(', ');
}

/** The README's event table, generated from the catalogue so the two cannot disagree. */
export function renderCatalogueTable(): string {
  const rows = EVENT_TYPES.map((t) => {
    const def = EVENTS[t];
    return `| ${t} | \`${def.topic}\` | ${def.aggregateType}: \`${def.keyField}\` | ${def.producer} | ${def.consumers.join(', ')} | ${def.description}<br>Fields: ${fields(def.payload)} |`;
  });
  return [
    '| Event | Topic | Key (aggregateId) | Producer | Consumers | Payload |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
