import { daysAgo, randomBenefitNumber, randomCpf } from './people';
import { smppPortOf, smtpPortOf, STACK_SERVICES } from './services';

describe('STACK_SERVICES', () => {
  it('gives every process its own port, and every stateful one its own database', () => {
    const ports = STACK_SERVICES.flatMap((s) => ('smtpPort' in s ? [s.port, s.smtpPort, s.smppPort] : [s.port]));
    expect(new Set(ports).size).toBe(ports.length);
    const databases = STACK_SERVICES.flatMap((s) => ('database' in s ? [s.database] : []));
    expect(new Set(databases).size).toBe(databases.length);
    expect(STACK_SERVICES.filter((s) => !('database' in s)).map((s) => s.name)).toEqual(['mail-sink']);
  });

  it('uses the documented ports (README): services 3001–3006, mock Dataprev 3090, mail sink 3091 (SMTP 2525, SMPP 2775), mock CTC 3092, mock insurer 3093, mock payment rail 3094', () => {
    expect(Object.fromEntries(STACK_SERVICES.map((s) => [s.name, s.port]))).toEqual({
      proposal: 3001,
      'credit-analysis': 3002,
      loan: 3003,
      'averbation-connector': 3004,
      payment: 3005,
      notification: 3006,
      'dataprev-mock': 3090,
      'mail-sink': 3091,
      'ctc-mock': 3092,
      'insurer-mock': 3093,
      'rail-mock': 3094,
    });
    expect(smtpPortOf()).toBe(2525);
    expect(smtpPortOf(200)).toBe(2725);
    expect([smppPortOf(), smppPortOf(500)]).toEqual([2775, 3275]);
  });

  it('starts the mail sink before notification, which sends e-mail to it', () => {
    const names = STACK_SERVICES.map((s) => s.name);
    expect(names.indexOf('mail-sink')).toBeLessThan(names.indexOf('notification'));
  });

  it('starts the mocks of Dataprev, the CTC, the insurer and the payment rail before the connector that calls them', () => {
    const names = STACK_SERVICES.map((s) => s.name);
    expect(names.indexOf('dataprev-mock')).toBeLessThan(names.indexOf('averbation-connector'));
    expect(names.indexOf('ctc-mock')).toBeLessThan(names.indexOf('averbation-connector'));
    expect(names.indexOf('insurer-mock')).toBeLessThan(names.indexOf('averbation-connector'));
    expect(names.indexOf('rail-mock')).toBeLessThan(names.indexOf('averbation-connector'));
  });

  it('keeps the mail sink second (smtpPortOf, smppPortOf)', () => {
    expect(STACK_SERVICES[1].name).toBe('mail-sink');
  });
});

describe('synthetic people', () => {
  // Independent check of the CPF rule (Receita Federal): weights 10..2 then 11..2, remainder ×10 mod 11.
  const valid = (cpf: string): boolean => {
    const d = cpf.split('').map(Number);
    const digit = (n: number) => {
      const rest = (d.slice(0, n).reduce((acc, x, i) => acc + x * (n + 1 - i), 0) * 10) % 11;
      return rest === 10 ? 0 : rest;
    };
    return digit(9) === d[9] && digit(10) === d[10];
  };

  it('makes valid, varied CPFs and 10-digit benefit numbers outside the fixtures', () => {
    const cpfs = Array.from({ length: 200 }, () => randomCpf());
    expect(cpfs.every((c) => /^\d{11}$/.test(c) && valid(c))).toBe(true);
    expect(valid('52998224725')).toBe(true);
    expect(valid('52998224726')).toBe(false);
    expect(new Set(cpfs).size).toBeGreaterThan(190);
    expect(Array.from({ length: 50 }, () => randomBenefitNumber()).every((b) => /^7\d{9}$/.test(b))).toBe(true);
  });

  it('daysAgo gives an ISO date in the past', () => {
    expect(daysAgo(0)).toBe(new Date().toISOString().slice(0, 10));
    expect(daysAgo(30) < daysAgo(0)).toBe(true);
  });
});
