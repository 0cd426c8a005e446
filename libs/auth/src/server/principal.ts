/** Who is calling, as the access token says (R-SEC-1, R-PR-1). */
export type Principal = CustomerPrincipal | PartnerPrincipal | OperatorPrincipal;

interface Caller {
  /** The OAuth client the token was issued to. */
  readonly clientId: string;
  readonly scopes: readonly string[];
}

/** The DIGITAL app acting for one customer: `customerId` is the token's subject. */
export interface CustomerPrincipal extends Caller {
  readonly channel: 'DIGITAL';
  readonly customerId: string;
  /** The CPF the identity provider verified at login; binds a registration to its owner. */
  readonly cpf: string;
}

/** A correspondent partner's system (client credentials). */
export interface PartnerPrincipal extends Caller {
  readonly channel: 'CORBAN';
  readonly partnerId: string;
}

/** A back-office system or a staff member, with the roles the provider granted. */
export interface OperatorPrincipal extends Caller {
  readonly channel: 'INTERNAL';
  readonly operatorId: string;
  readonly roles: readonly string[];
}

export const API_SCOPES = ['origination', 'contracts:read', 'payments:write', 'notifications:read', 'notifications:write', 'backoffice', 'privacy'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const STAFF_ROLES = ['OPERATOR', 'SERVICING', 'CLOCK_ADMIN', 'AUDITOR', 'DLQ_OPERATOR', 'PRIVACY_OFFICER', 'ACCOUNT_ADMIN', 'CONTRACT_BLOCKER'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Whether the caller may act on this customer's data: the customer, or anyone not bound to one. */
export function mayActFor(principal: Principal, customerId: string): boolean {
  return principal.channel !== 'DIGITAL' || principal.customerId === customerId;
}

/** The customer a DIGITAL caller is bound to; undefined for partners and operators. */
export function boundCustomerOf(principal: Principal): string | undefined {
  return principal.channel === 'DIGITAL' ? principal.customerId : undefined;
}
