import { Test } from '@nestjs/testing';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { AuditTrail } from '@consignado/service-kit';
import { devPrincipals as p, refusalOf, routeTable } from '@consignado/testing';
import { EVENTING_OPTIONS, KAFKA } from '../eventing.options';
import { DeadLetters } from './dead-letters';
import { DeadLettersController } from './dead-letters.controller';

const table = routeTable([DeadLettersController]);

describe('dead-letter routes (R-SEC-1: DLQ replay is a staff action)', () => {
  it('has one rule per route: counting for DLQ_OPERATOR or AUDITOR, replaying for DLQ_OPERATOR', () => {
    expect(table).toEqual({
      'GET /v1/admin/dead-letters': { scopes: ['backoffice'], roles: ['DLQ_OPERATOR', 'AUDITOR'] },
      'POST /v1/admin/dead-letters/replay': { scopes: ['backoffice'], roles: ['DLQ_OPERATOR'] },
    });
  });

  it('a DLQ_OPERATOR counts and replays; an auditor only counts; nobody else either', () => {
    expect(refusalOf(table, 'GET /v1/admin/dead-letters', p.servicingOps)).toBeUndefined();
    expect(refusalOf(table, 'POST /v1/admin/dead-letters/replay', p.servicingOps)).toBeUndefined();
    expect(refusalOf(table, 'POST /v1/admin/dead-letters/replay', p.staff(['DLQ_OPERATOR']))).toBeUndefined();
    expect(refusalOf(table, 'GET /v1/admin/dead-letters', p.staff(['AUDITOR']))).toBeUndefined();
    expect(refusalOf(table, 'POST /v1/admin/dead-letters/replay', p.staff(['AUDITOR']))).toBe('AUTH.ROLE_REQUIRED');
    expect(refusalOf(table, 'POST /v1/admin/dead-letters/replay', p.staff(['SERVICING', 'CLOCK_ADMIN']))).toBe('AUTH.ROLE_REQUIRED');
    expect(refusalOf(table, 'POST /v1/admin/dead-letters/replay', p.privacyOffice)).toBe('AUTH.ROLE_REQUIRED');
    expect(refusalOf(table, 'GET /v1/admin/dead-letters', p.customer)).toBe('AUTH.INSUFFICIENT_SCOPE');
    expect(refusalOf(table, 'POST /v1/admin/dead-letters/replay', p.corban)).toBe('AUTH.INSUFFICIENT_SCOPE');
  });
});

describe('the replay route is never served unaudited', () => {
  const options = { service: 'loan' as const, brokers: ['127.0.0.1:9092'], personalData: new FieldCipher(DEV_PII_KEY_RING) };
  const start = async (extra: Array<{ provide: unknown; useValue: unknown }>) => {
    const providers = [DeadLetters, { provide: EVENTING_OPTIONS, useValue: options }, { provide: KAFKA, useValue: {} }, ...extra];
    const app = (await Test.createTestingModule({ controllers: [DeadLettersController], providers: providers as never[] }).compile()).createNestApplication();
    await app.init();
    return app;
  };

  it('an app without the audit trail (service-kit AuditModule) fails at start-up', async () => {
    await expect(start([])).rejects.toThrow(/AuditInterceptor.*AuditTrail/s);
  });

  it('an app with it starts', async () => {
    const app = await start([{ provide: AuditTrail, useValue: { record: jest.fn() } }]);
    expect(app.get(DeadLettersController)).toBeInstanceOf(DeadLettersController);
    await app.close();
  });
});
