import { ListNotificationsController } from './modules/notification/queries/list-notifications/list-notifications.controller';
import { devPrincipals as p, refusalOf, routeTable } from '@consignado/testing';

describe('notification API access (R-SEC-1)', () => {
  const table = routeTable([ListNotificationsController]);

  it('has one rule per route: the log needs notifications:read', () => {
    expect(table).toEqual({ 'GET /v1/notifications': { scopes: ['notifications:read'] } });
  });

  it.each([
    ['a customer (their own log: the query filters)', p.customer, undefined],
    ['servicing-ops', p.servicingOps, undefined],
    ['staff on the console', p.staff(['SERVICING']), undefined],
    ['a correspondent', p.corban, 'AUTH.INSUFFICIENT_SCOPE'],
    ['internal-origination', p.internalOrigination, 'AUTH.INSUFFICIENT_SCOPE'],
    ['payroll-source', p.payrollSource, 'AUTH.INSUFFICIENT_SCOPE'],
  ])('%s → %s', (_who, principal, code) => {
    expect(refusalOf(table, 'GET /v1/notifications', principal)).toBe(code);
  });
});
