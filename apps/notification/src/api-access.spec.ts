import type { Type } from '@nestjs/common';
import { DeadLettersController } from '@consignado/eventing';
import { AuditModule } from '@consignado/service-kit';
import { devPrincipals as p, refusalOf, routeTable } from '@consignado/testing';
import { PushSubscriptionsController } from './modules/contact/commands/push-subscriptions/push-subscriptions.controller';
import { PushSubscriptionsQueryController } from './modules/contact/queries/push-subscriptions/push-subscriptions.query.controller';
import { ExportPersonalDataController } from './modules/data-subject/queries/export-personal-data/export-personal-data.controller';
import { ListNotificationsController } from './modules/notification/queries/list-notifications/list-notifications.controller';

/** The audit module's own controller (GET /v1/admin/audit), as Nest reads it off the module. */
const auditControllers = Reflect.getMetadata('controllers', AuditModule) as Type[];

describe('notification API access (R-SEC-1)', () => {
  const table = routeTable([ListNotificationsController, PushSubscriptionsQueryController, PushSubscriptionsController, ExportPersonalDataController, DeadLettersController, ...auditControllers]);
  const privacyOffice = { channel: 'INTERNAL' as const, clientId: 'privacy-office', operatorId: 'privacy-office', roles: ['PRIVACY_OFFICER'], scopes: ['privacy', 'backoffice'] };

  it('has one rule per route: the log needs notifications:read, the export privacy and PRIVACY_OFFICER (or the customer themself)', () => {
    expect(table).toEqual({
      'GET /v1/notifications': { scopes: ['notifications:read'] },
      'GET /v1/push-subscriptions/vapid-public-key': { scopes: ['notifications:read'] },
      'GET /v1/push-subscriptions': { scopes: ['notifications:read'] },
      'POST /v1/push-subscriptions': { scopes: ['notifications:write'] },
      'DELETE /v1/push-subscriptions/:id': { scopes: ['notifications:write'] },
      'GET /v1/personal-data/:customerId': { scopes: ['privacy'], roles: ['PRIVACY_OFFICER'], dataSubject: true },
      'GET /v1/admin/audit': { scopes: ['backoffice'], roles: ['AUDITOR'] },
      'GET /v1/admin/dead-letters': { scopes: ['backoffice'], roles: ['DLQ_OPERATOR', 'AUDITOR'] },
      'POST /v1/admin/dead-letters/replay': { scopes: ['backoffice'], roles: ['DLQ_OPERATOR'] },
    });
  });

  it.each([
    ['a customer (their own log: the query filters)', p.customer, undefined],
    ['servicing-ops', p.servicingOps, undefined],
    ['staff on the console', p.staff(['SERVICING']), undefined],
    ['a correspondent', p.corban, 'AUTH.INSUFFICIENT_SCOPE'],
    ['internal-origination', p.internalOrigination, 'AUTH.INSUFFICIENT_SCOPE'],
    ['payroll-source', p.payrollSource, 'AUTH.INSUFFICIENT_SCOPE'],
  ])('the log: %s → %s', (_who, principal, code) => {
    expect(refusalOf(table, 'GET /v1/notifications', principal)).toBe(code);
  });

  it.each([
    ['the customer (their own data only: the edge answers 404 for another)', p.customer, undefined],
    ['the privacy office', privacyOffice, undefined],
    ['a privacy officer on the console', p.staff(['PRIVACY_OFFICER']), undefined],
    ['staff on the console without the role', p.staff(['SERVICING', 'AUDITOR']), 'AUTH.ROLE_REQUIRED'],
    ['servicing-ops', p.servicingOps, 'AUTH.INSUFFICIENT_SCOPE'],
    ['a correspondent', p.corban, 'AUTH.INSUFFICIENT_SCOPE'],
    ['payroll-source', p.payrollSource, 'AUTH.INSUFFICIENT_SCOPE'],
  ])('the export: %s → %s', (_who, principal, code) => {
    expect(refusalOf(table, 'GET /v1/personal-data/:customerId', principal)).toBe(code);
  });

  it.each([
    ['a customer (their own devices: the edge refuses anyone else)', p.customer, undefined],
    ['servicing-ops', p.servicingOps, 'AUTH.INSUFFICIENT_SCOPE'],
    ['a correspondent', p.corban, 'AUTH.INSUFFICIENT_SCOPE'],
  ])('adding a push device: %s → %s', (_who, principal, code) => {
    expect(refusalOf(table, 'POST /v1/push-subscriptions', principal)).toBe(code);
  });

  it.each([
    ['servicing-ops (AUDITOR)', p.servicingOps, undefined],
    ['the privacy office', privacyOffice, 'AUTH.ROLE_REQUIRED'],
    ['a customer', p.customer, 'AUTH.INSUFFICIENT_SCOPE'],
  ])('the audit trail: %s → %s', (_who, principal, code) => {
    expect(refusalOf(table, 'GET /v1/admin/audit', principal)).toBe(code);
  });
});
