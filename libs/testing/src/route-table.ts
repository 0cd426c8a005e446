import 'reflect-metadata';
import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ACCESS_RULE, type AccessRule, authorize, type Principal, PUBLIC_ROUTE } from '@consignado/auth';

export type RouteTable = Record<string, AccessRule | 'public' | undefined>;

/** Test support: every route of the controllers, `GET /path` → its access rule, 'public', or undefined (no rule: refused). */
export function routeTable(controllers: Type[]): RouteTable {
  const table: RouteTable = {};
  for (const controller of controllers) {
    for (const name of Object.getOwnPropertyNames(controller.prototype)) {
      const handler = controller.prototype[name];
      const path = name === 'constructor' ? undefined : Reflect.getMetadata(PATH_METADATA, handler);
      if (path === undefined) continue;
      const route = `${RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler)]} /${[Reflect.getMetadata(PATH_METADATA, controller), path].filter((p) => p && p !== '/').join('/')}`;
      const metadata = <T>(key: string): T | undefined => Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller);
      table[route] = metadata<boolean>(PUBLIC_ROUTE) ? 'public' : metadata<AccessRule>(ACCESS_RULE);
    }
  }
  return table;
}

/** The code the access guard refuses `principal` with on `route`, or undefined when it passes. */
export function refusalOf(table: RouteTable, route: string, principal: Principal): string | undefined {
  const rule = table[route];
  if (rule === 'public') return undefined;
  try {
    authorize(principal, rule);
    return undefined;
  } catch (error) {
    return (error as { code: string }).code;
  }
}

const USER_API = ['origination', 'contracts:read', 'payments:write', 'notifications:read', 'notifications:write', 'privacy'];

/** Principals as the dev registry's clients and accounts would make them (apps/identity). */
export const principals = {
  customer: { channel: 'DIGITAL', clientId: 'digital-app', customerId: '3f0d8a52-0000-4000-8000-000000000001', cpf: '52998224725', scopes: USER_API },
  corban: { channel: 'CORBAN', clientId: 'corban-alpha', partnerId: '6f1c2d3e-0000-4000-8000-00000000a1fa', scopes: ['origination'] },
  staff: (roles: string[]): Principal => ({ channel: 'INTERNAL', clientId: 'backoffice-console', operatorId: 'ana.operadora', roles, scopes: [...USER_API, 'backoffice'] }),
  internalOrigination: { channel: 'INTERNAL', clientId: 'internal-origination', operatorId: 'internal-origination', roles: ['OPERATOR'], scopes: ['origination', 'contracts:read', 'backoffice'] },
  servicingOps: { channel: 'INTERNAL', clientId: 'servicing-ops', operatorId: 'servicing-ops', roles: ['SERVICING', 'CLOCK_ADMIN', 'AUDITOR', 'DLQ_OPERATOR'], scopes: ['contracts:read', 'payments:write', 'notifications:read', 'backoffice'] },
  payrollSource: { channel: 'INTERNAL', clientId: 'payroll-source', operatorId: 'payroll-source', roles: ['SERVICING'], scopes: ['backoffice'] },
  privacyOffice: { channel: 'INTERNAL', clientId: 'privacy-office', operatorId: 'privacy-office', roles: ['PRIVACY_OFFICER'], scopes: ['privacy', 'backoffice'] },
} satisfies Record<string, Principal | ((roles: string[]) => Principal)>;
