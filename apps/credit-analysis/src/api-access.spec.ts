import { GetAnalysisController } from './modules/analysis/queries/get-analysis/get-analysis.controller';
import { GetContractPositionController } from './modules/contract-projection/queries/get-contract-position/get-contract-position.controller';
import { PersonalDataController } from './modules/data-subject/queries/export-personal-data/personal-data.controller';
import { ComputeProfileController } from './modules/personalization/commands/compute-profile/compute-profile.controller';
import { RecommendationsController } from './modules/personalization/commands/recommend/recommendations.controller';
import { PersonalizationQueriesController } from './modules/personalization/queries/personalization-queries.controller';
import type { Principal } from '@consignado/auth';
import { DeadLettersController } from '@consignado/eventing';
import { AuditModule } from '@consignado/service-kit';
import { devPrincipals as p, refusalOf, routeTable } from '@consignado/testing';

describe('credit-analysis API access (R-SEC-1)', () => {
  const auditControllers = Reflect.getMetadata('controllers', AuditModule);
  const table = routeTable([GetAnalysisController, GetContractPositionController, PersonalDataController, ComputeProfileController, RecommendationsController, PersonalizationQueriesController, DeadLettersController, ...auditControllers]);

  it('has one rule per route: analyses for the back office with a staff role, positions for contracts:read, personal data for the privacy officer or the data subject, the audit trail and dead letters for their staff roles', () => {
    expect(table).toEqual({
      'GET /v1/analyses/:proposalId': { scopes: ['backoffice'], roles: ['OPERATOR', 'SERVICING', 'AUDITOR'] },
      'GET /v1/contract-positions/:contractId': { scopes: ['contracts:read'] },
      'GET /v1/personal-data/:customerId': { scopes: ['privacy'], roles: ['PRIVACY_OFFICER'], dataSubject: true },
      'POST /v1/customers/:customerId/financial-profiles': { scopes: ['origination'] },
      'GET /v1/customers/:customerId/recommendations': { scopes: ['origination'] },
      'GET /v1/financial-profiles/:profileId': { scopes: ['origination'] },
      'POST /v1/financial-profiles/:profileId/recommendations': { scopes: ['origination'] },
      'GET /v1/recommendations/:recommendationId': { scopes: ['origination'] },
      'POST /v1/recommendations/:recommendationId/feedback': { scopes: ['origination'] },
      'GET /v1/admin/audit': { scopes: ['backoffice'], roles: ['AUDITOR'] },
      'GET /v1/admin/dead-letters': { scopes: ['backoffice'], roles: ['DLQ_OPERATOR', 'AUDITOR'] },
      'POST /v1/admin/dead-letters/replay': { scopes: ['backoffice'], roles: ['DLQ_OPERATOR'] },
    });
  });

  it.each([
    ['an operator', p.staff(['OPERATOR']), undefined],
    ['servicing', p.staff(['SERVICING']), undefined],
    ['an auditor', p.staff(['AUDITOR']), undefined],
    ['payroll-source (SERVICING, only backoffice)', p.payrollSource, undefined],
    ['staff holding only CLOCK_ADMIN', p.staff(['CLOCK_ADMIN']), 'AUTH.ROLE_REQUIRED'],
    ['staff without roles', p.staff([]), 'AUTH.ROLE_REQUIRED'],
    ['a customer (income data is not theirs to browse)', p.customer, 'AUTH.INSUFFICIENT_SCOPE'],
    ['a correspondent', p.corban, 'AUTH.INSUFFICIENT_SCOPE'],
  ])('analyses: %s → %s', (_who, principal, code) => {
    expect(refusalOf(table, 'GET /v1/analyses/:proposalId', principal)).toBe(code);
  });

  it.each([
    ['a customer (their own: the query checks)', p.customer, undefined],
    ['servicing-ops', p.servicingOps, undefined],
    ['internal-origination', p.internalOrigination, undefined],
    ['a correspondent', p.corban, 'AUTH.INSUFFICIENT_SCOPE'],
    ['payroll-source (only backoffice)', p.payrollSource, 'AUTH.INSUFFICIENT_SCOPE'],
  ])('contract positions: %s → %s', (_who, principal, code) => {
    expect(refusalOf(table, 'GET /v1/contract-positions/:contractId', principal)).toBe(code);
  });

  it.each([
    ['a customer (their own: the handler checks)', undefined, p.customer],
    ['a correspondent (the customers it brought: the handler checks)', undefined, p.corban],
    ['internal-origination', undefined, p.internalOrigination],
    ['servicing-ops (no origination scope)', 'AUTH.INSUFFICIENT_SCOPE', p.servicingOps],
    ['payroll-source (only backoffice)', 'AUTH.INSUFFICIENT_SCOPE', p.payrollSource],
  ])('personalization: %s → %s', (_who, code, principal) => {
    for (const route of ['POST /v1/customers/:customerId/financial-profiles', 'POST /v1/recommendations/:recommendationId/feedback', 'GET /v1/recommendations/:recommendationId']) {
      expect(refusalOf(table, route, principal)).toBe(code);
    }
  });

  const withPrivacy = (principal: Principal): Principal => ({ ...principal, scopes: [...new Set([...principal.scopes, 'privacy'])] });
  const without = (principal: Principal, scope: string): Principal => ({ ...principal, scopes: principal.scopes.filter((s) => s !== scope) });

  it.each([
    ['the privacy officer', undefined, withPrivacy(p.staff(['PRIVACY_OFFICER']))],
    ['a customer holding privacy (their own: the query checks)', undefined, withPrivacy(p.customer)],
    ['an auditor holding privacy but not the role', 'AUTH.ROLE_REQUIRED', withPrivacy(p.staff(['AUDITOR']))],
    ['a correspondent holding privacy', 'AUTH.ROLE_REQUIRED', withPrivacy(p.corban)],
    ['servicing-ops (no privacy scope)', 'AUTH.INSUFFICIENT_SCOPE', p.servicingOps],
    ['a customer without the privacy scope', 'AUTH.INSUFFICIENT_SCOPE', without(p.customer, 'privacy')],
  ])('personal data: %s → %s', (_who, code, principal) => {
    expect(refusalOf(table, 'GET /v1/personal-data/:customerId', principal)).toBe(code);
  });
});
