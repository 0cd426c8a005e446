import { GetAverbationController } from './modules/averbation/queries/get-averbation/get-averbation.controller';
import { DataprevStatusController } from './modules/dataprev/dataprev-status.controller';
import { CtcStatusController } from './modules/exchange/ctc-status.controller';
import { GetPortabilityController } from './modules/portability/queries/get-portability/get-portability.controller';
import { devPrincipals as p, refusalOf, routeTable } from '@consignado/testing';

describe('averbation-connector API access (R-SEC-1)', () => {
  const table = routeTable([GetAverbationController, GetPortabilityController, CtcStatusController, DataprevStatusController]);
  const backOffice = { scopes: ['contracts:read', 'backoffice'] };

  it("has one rule per route: averbations for contracts:read, portabilities for the back office, the partners' health public", () => {
    expect(table).toEqual({
      'GET /v1/averbations/:contractId': { scopes: ['contracts:read'] },
      'GET /v1/portabilities/:portabilityNumber': backOffice,
      'GET /v1/portabilities': backOffice,
      'GET /health/ctc': 'public',
      'GET /health/dataprev': 'public',
    });
  });

  it.each([
    ['a customer', p.customer, undefined, 'AUTH.INSUFFICIENT_SCOPE'],
    ['a correspondent', p.corban, 'AUTH.INSUFFICIENT_SCOPE', 'AUTH.INSUFFICIENT_SCOPE'],
    ['servicing-ops', p.servicingOps, undefined, undefined],
    ['internal-origination', p.internalOrigination, undefined, undefined],
    ['staff on the console', p.staff(['AUDITOR']), undefined, undefined],
    ['payroll-source (only backoffice)', p.payrollSource, 'AUTH.INSUFFICIENT_SCOPE', 'AUTH.INSUFFICIENT_SCOPE'],
  ])('%s: averbation → %s, portabilities → %s', (_who, principal, averbation, portabilities) => {
    expect(refusalOf(table, 'GET /v1/averbations/:contractId', principal)).toBe(averbation);
    expect(refusalOf(table, 'GET /v1/portabilities/:portabilityNumber', principal)).toBe(portabilities);
    expect(refusalOf(table, 'GET /v1/portabilities', principal)).toBe(portabilities);
  });
});
