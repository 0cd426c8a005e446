import { uniqueName, uniqueSchemaName } from './unique-name';

describe('uniqueName', () => {
  it('keeps the prefix and differs on every call', () => {
    const names = new Set(Array.from({ length: 100 }, () => uniqueName('orders')));
    expect(names.size).toBe(100);
    for (const name of names) expect(name).toMatch(/^orders-[a-z0-9]+-[0-9a-f]{8}$/);
  });

  it('produces PostgreSQL-safe schema names', () => {
    expect(uniqueSchemaName()).toMatch(/^t_[a-z0-9]+_[0-9a-f]{8}$/);
  });
});
