import { consumerGroup, namespacedTopic } from './eventing.options';
import { serviceDatabaseOptions } from './database';
import { DatabaseLogger } from './database-logger';

describe('eventing naming', () => {
  it('uses the contracts topic and the service as group without a namespace', () => {
    expect(namespacedTopic({}, 'ProposalCreated')).toBe('consignado.proposal-created.v1');
    expect(consumerGroup({ service: 'loan' })).toBe('loan');
  });

  it('prefixes topics and groups with the namespace', () => {
    expect(namespacedTopic({ namespace: 'e2e-1' }, 'CreditApproved')).toBe('e2e-1.consignado.credit-approved.v1');
    expect(consumerGroup({ service: 'loan', namespace: 'e2e-1' })).toBe('e2e-1.loan');
  });
});

describe('serviceDatabaseOptions', () => {
  it('runs messaging migrations before the service ones, never synchronizes, pins the search path', () => {
    class ServiceMigration {}
    const options = serviceDatabaseOptions({ url: 'postgres://x@h/db', schema: 's1', entities: [], migrations: [ServiceMigration] }) as unknown as Record<string, any>;
    expect(options['synchronize']).toBe(false);
    expect(options['migrationsRun']).toBe(true);
    expect(options['schema']).toBe('s1');
    expect(options['extra'].options).toBe('-c search_path=s1');
    expect(options['migrations'].at(-1)).toBe(ServiceMigration);
    expect(options['migrations'].length).toBeGreaterThan(1);
  });
});

describe('DatabaseLogger (R-X-2)', () => {
  it('logs a failed query without its parameters', () => {
    const lines: unknown[] = [];
    const logger = new DatabaseLogger();
    (logger as unknown as { logger: { warn: (m: unknown) => void } }).logger = { warn: (m) => lines.push(m) };
    logger.logQueryError(Object.assign(new Error('duplicate key value violates unique constraint "customer_cpf_key"'), { code: '23505' }), 'INSERT INTO customer (cpf, name) VALUES ($1, $2)', ['52998224725', 'Maria Souza']);
    expect(lines).toHaveLength(1);
    const text = JSON.stringify(lines);
    expect(text).toContain('23505');
    expect(text).not.toContain('52998224725');
    expect(text).not.toContain('Maria Souza');
  });
});
