import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { devPrincipals as p, refusalOf, routeTable } from '@consignado/testing';
import { DeadLettersController } from './dead-letters.controller';
import { ReplayRequestDto } from './replay-request.dto';

const table = routeTable([DeadLettersController]);
const invalid = (body: object) => validateSync(plainToInstance(ReplayRequestDto, body), { whitelist: true, forbidNonWhitelisted: true }).map((e) => e.property);

describe('dead-letter routes (R-SEC-1: DLQ replay is a staff action)', () => {
  it('a DLQ_OPERATOR counts and replays; an auditor only counts; nobody else either', () => {
    expect(refusalOf(table, 'GET /v1/admin/dead-letters', p.servicingOps)).toBeUndefined();
    expect(refusalOf(table, 'POST /v1/admin/dead-letters/replay', p.servicingOps)).toBeUndefined();
    expect(refusalOf(table, 'GET /v1/admin/dead-letters', p.staff(['AUDITOR']))).toBeUndefined();
    expect(refusalOf(table, 'POST /v1/admin/dead-letters/replay', p.staff(['AUDITOR']))).toBe('AUTH.ROLE_REQUIRED');
    expect(refusalOf(table, 'POST /v1/admin/dead-letters/replay', p.staff(['SERVICING', 'CLOCK_ADMIN']))).toBe('AUTH.ROLE_REQUIRED');
    expect(refusalOf(table, 'GET /v1/admin/dead-letters', p.customer)).toBe('AUTH.INSUFFICIENT_SCOPE');
  });

  it('a replay names a catalogue event type, a dead-letter reason and 1 to 10 000 records, or nothing', () => {
    expect(invalid({})).toEqual([]);
    expect(invalid({ eventType: 'ContractActivated', reason: 'retries-exhausted', limit: 10000, includeUnreplayable: true })).toEqual([]);
    expect(invalid({ eventType: 'ContractExploded', reason: 'boredom', limit: 0, includeUnreplayable: 'yes' })).toEqual(['eventType', 'reason', 'limit', 'includeUnreplayable']);
    expect(invalid({ limit: 10001 })).toEqual(['limit']);
  });
});
