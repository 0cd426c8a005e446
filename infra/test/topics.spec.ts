import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_TOPICS } from '@consignado/contracts';

/**
 * The broker's topics are created from infra/topics.json (native stack and compose alike); the
 * names come from the contracts' topic map. Regenerate with
 * `npx tsx libs/contracts/scripts/topics-json.ts > infra/topics.json`.
 */
describe('infra/topics.json', () => {
  const file: Array<{ name: string; partitions: number }> = JSON.parse(readFileSync(join(__dirname, '..', 'topics.json'), 'utf8'));

  it('lists exactly the topics of the contracts topic map, with their partitions', () => {
    expect(file).toEqual(ALL_TOPICS.map(({ name, partitions }) => ({ name, partitions })));
  });

  it('includes every event topic and a dead-letter topic per consumer group', () => {
    expect(file.some((t) => t.name === 'consignado.proposal-created.v1')).toBe(true);
    expect(file.filter((t) => t.name.startsWith('consignado.dlq.')).length).toBe(6);
  });
});
