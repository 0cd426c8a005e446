import { devPrincipals as p, refusalOf, routeTable } from '@consignado/testing';
import { RequestErasureController } from './commands/request-erasure/request-erasure.controller';
import { RunRetentionController } from './commands/run-retention/run-retention.controller';
import { ExportPersonalDataController } from './queries/export-personal-data/export-personal-data.controller';
import { GetErasureRequestController } from './queries/get-erasure-request/get-erasure-request.controller';
import { GetPersonalDataSectionController } from './queries/get-personal-data-section/get-personal-data-section.controller';

const table = routeTable([ExportPersonalDataController, GetPersonalDataSectionController, RequestErasureController, GetErasureRequestController, RunRetentionController]);
const SUBJECT_ROUTES = [
  'GET /v1/customers/:customerId/personal-data',
  'GET /v1/personal-data/:customerId',
  'POST /v1/customers/:customerId/personal-data/erasure-requests',
  'GET /v1/customers/:customerId/personal-data/erasure-requests/:requestId',
];

describe('who reaches the data-subject routes (R-SEC-1, R-SEC-3)', () => {
  it('lists every route with a rule', () => {
    expect(Object.keys(table).sort()).toEqual([...SUBJECT_ROUTES, 'POST /v1/admin/jobs/personal-data-retention/run'].sort());
  });

  it.each(SUBJECT_ROUTES)('%s: the customer themself and privacy officers; no partner, no other staff role, no client without the privacy scope', (route) => {
    expect(refusalOf(table, route, p.customer)).toBeUndefined();
    expect(refusalOf(table, route, p.privacyOffice)).toBeUndefined();
    expect(refusalOf(table, route, { ...p.corban, scopes: ['origination', 'privacy'] })).toBe('AUTH.ROLE_REQUIRED');
    expect(refusalOf(table, route, p.staff(['AUDITOR', 'OPERATOR']))).toBe('AUTH.ROLE_REQUIRED');
    expect(refusalOf(table, route, p.servicingOps)).toBe('AUTH.INSUFFICIENT_SCOPE');
  });

  it('the retention job: privacy officers only, never the customer', () => {
    const route = 'POST /v1/admin/jobs/personal-data-retention/run';
    expect(refusalOf(table, route, p.privacyOffice)).toBeUndefined();
    expect(refusalOf(table, route, p.customer)).toBe('AUTH.ROLE_REQUIRED');
    expect(refusalOf(table, route, p.staff(['SERVICING']))).toBe('AUTH.ROLE_REQUIRED');
  });
});
