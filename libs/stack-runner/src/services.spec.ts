import { STACK_SERVICES } from './services';

describe('STACK_SERVICES', () => {
  it('gives every process its own port and database', () => {
    expect(new Set(STACK_SERVICES.map((s) => s.port)).size).toBe(STACK_SERVICES.length);
    expect(new Set(STACK_SERVICES.map((s) => s.database)).size).toBe(STACK_SERVICES.length);
  });

  it('uses the documented ports (README): services 3001–3006, mock Dataprev 3090', () => {
    expect(Object.fromEntries(STACK_SERVICES.map((s) => [s.name, s.port]))).toEqual({
      proposal: 3001,
      'credit-analysis': 3002,
      loan: 3003,
      'averbation-connector': 3004,
      payment: 3005,
      notification: 3006,
      'dataprev-mock': 3090,
    });
  });

  it('starts the mock Dataprev before the connector that calls it', () => {
    const names = STACK_SERVICES.map((s) => s.name);
    expect(names.indexOf('dataprev-mock')).toBeLessThan(names.indexOf('averbation-connector'));
  });
});
