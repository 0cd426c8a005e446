import type { Principal } from '@consignado/auth';
import { DeadLettersController } from '@consignado/eventing';
import { AuditModule } from '@consignado/service-kit';
import { GetAverbationController } from './modules/averbation/queries/get-averbation/get-averbation.controller';
import { ExportPersonalDataController } from './modules/data-subject/queries/export-personal-data/export-personal-data.controller';
import { GetDisbursementController } from './modules/disbursement/queries/get-disbursement/get-disbursement.controller';
import { DataprevStatusController } from './modules/dataprev/dataprev-status.controller';
import { CtcStatusController } from './modules/exchange/ctc-status.controller';
import { GetInsuranceClaimController } from './modules/insurance/queries/get-insurance-claim/get-insurance-claim.controller';
import { InsurerStatusController } from './modules/insurer/insurer-status.controller';
import { RailStatusController } from './modules/rail/rail-status.controller';
import { GetPortabilityController } from './modules/portability/queries/get-portability/get-portability.controller';
import { devPrincipals as p, refusalOf, routeTable } from '@consignado/testing';

describe('averbation-connector API access (R-SEC-1)', () => {
  // The audit module's own controller (GET /v1/admin/audit), as Nest reads it off the module.
  const controllers = Reflect.getMetadata('controllers', AuditModule) as Parameters<typeof routeTable>[0];
  const table = routeTable([
    GetAverbationController,
    GetPortabilityController,
    GetInsuranceClaimController,
    GetDisbursementController,
    CtcStatusController,
    DataprevStatusController,
    InsurerStatusController,
    RailStatusController,
    ExportPersonalDataController,
    DeadLettersController,
    ...controllers,
  ]);
  const backOffice = { scopes: ['contracts:read', 'backoffice'] };

  it("has one rule per route: averbations for contracts:read, portabilities, insurance claims and disbursements for the back office, the partners' health public", () => {
    expect(table).toEqual({
      'GET /v1/averbations/:contractId': { scopes: ['contracts:read'] },
      'GET /v1/portabilities/:portabilityNumber': backOffice,
      'GET /v1/portabilities': backOffice,
      'GET /v1/insurance-claims/:claimId': backOffice,
      'GET /v1/disbursements/:disbursementId': backOffice,
      'GET /health/ctc': 'public',
      'GET /health/dataprev': 'public',
      'GET /health/insurer': 'public',
      'GET /health/rail': 'public',
      'GET /v1/personal-data/:customerId': { scopes: ['privacy'], roles: ['PRIVACY_OFFICER'], dataSubject: true },
      'GET /v1/admin/audit': { scopes: ['backoffice'], roles: ['AUDITOR'] },
      'GET /v1/admin/dead-letters': { scopes: ['backoffice'], roles: ['DLQ_OPERATOR', 'AUDITOR'] },
      'POST /v1/admin/dead-letters/replay': { scopes: ['backoffice'], roles: ['DLQ_OPERATOR'] },
    });
  });

  const withoutPrivacy = { ...p.customer, scopes: p.customer.scopes.filter((scope) => scope !== 'privacy') } as Principal;

  it.each([
    ['the privacy officer', p.privacyOffice, undefined],
    ['the customer (their own, checked at the edge)', p.customer, undefined],
    ['a customer token without the privacy scope', withoutPrivacy, 'AUTH.INSUFFICIENT_SCOPE'],
    ['a correspondent', p.corban, 'AUTH.INSUFFICIENT_SCOPE'],
    ['servicing-ops (no privacy scope)', p.servicingOps, 'AUTH.INSUFFICIENT_SCOPE'],
    ['staff without PRIVACY_OFFICER', { ...p.staff(['AUDITOR']), scopes: ['privacy', 'backoffice'] } as Principal, 'AUTH.ROLE_REQUIRED'],
  ])('the personal-data export: %s → %s', (_who, principal, refusal) => {
    expect(refusalOf(table, 'GET /v1/personal-data/:customerId', principal)).toBe(refusal);
  });

  it.each([
    ['a customer', p.customer, undefined, 'AUTH.INSUFFICIENT_SCOPE'],
    ['a correspondent', p.corban, 'AUTH.INSUFFICIENT_SCOPE', 'AUTH.INSUFFICIENT_SCOPE'],
    ['servicing-ops', p.servicingOps, undefined, undefined],
    ['internal-origination', p.internalOrigination, undefined, undefined],
    ['staff on the console', p.staff(['AUDITOR']), undefined, undefined],
    ['payroll-source (only backoffice)', p.payrollSource, 'AUTH.INSUFFICIENT_SCOPE', 'AUTH.INSUFFICIENT_SCOPE'],
  ])('%s: averbation → %s, portabilities, insurance claims and disbursements → %s', (_who, principal, averbation, backOfficeOnly) => {
    expect(refusalOf(table, 'GET /v1/averbations/:contractId', principal)).toBe(averbation);
    expect(refusalOf(table, 'GET /v1/portabilities/:portabilityNumber', principal)).toBe(backOfficeOnly);
    expect(refusalOf(table, 'GET /v1/portabilities', principal)).toBe(backOfficeOnly);
    expect(refusalOf(table, 'GET /v1/insurance-claims/:claimId', principal)).toBe(backOfficeOnly);
    expect(refusalOf(table, 'GET /v1/disbursements/:disbursementId', principal)).toBe(backOfficeOnly);
  });
});
