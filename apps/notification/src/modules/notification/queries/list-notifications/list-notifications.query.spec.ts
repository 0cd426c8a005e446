import { randomUUID } from 'node:crypto';
import type { NotificationWithDeliveries } from '../../database/notification.repository';
import { listNotifications } from './list-notifications.query';

const ana = randomUUID();
const bia = randomUUID();
const logOf = (customerId: string) => [{ id: `n-of-${customerId}`, customerId } as unknown as NotificationWithDeliveries];

/** The repository, recording whose log was read. */
function repository() {
  const reads: string[] = [];
  return { reads, listByCustomer: async (customerId: string) => (reads.push(customerId), logOf(customerId)) };
}

describe('listNotifications (R-NT-1, R-SEC-1)', () => {
  it.each([
    ['a customer, naming themself', ana, ana, [ana]],
    ['a customer, naming no one: their own log', undefined, ana, [ana]],
    ['a customer, naming themself in upper case', ana.toUpperCase(), ana, [ana]],
    ['the back office, naming a customer', bia, undefined, [bia]],
  ])('%s', async (_case, customerId, bound, read) => {
    const repo = repository();
    expect(await listNotifications(repo, { customerId, limit: 10 }, bound)).toEqual(logOf(read[0]));
    expect(repo.reads).toEqual(read);
  });

  it("reads another customer's log as empty for a customer, without reading it", async () => {
    const repo = repository();
    expect(await listNotifications(repo, { customerId: bia, limit: 10 }, ana)).toEqual([]);
    expect(repo.reads).toEqual([]);
  });

  it('asks the back office to name the customer (400 NOTIFICATION.INVALID_QUERY, pt-BR)', async () => {
    const repo = repository();
    await expect(listNotifications(repo, { limit: 10 }, undefined)).rejects.toMatchObject({
      code: 'NOTIFICATION.INVALID_QUERY',
      message: 'Informe o customerId do cliente.',
      details: { fields: [{ field: 'customerId', constraint: 'NOTIFICATION.INVALID_QUERY', message: 'Informe o customerId do cliente.' }] },
    });
    expect(repo.reads).toEqual([]);
  });
});
