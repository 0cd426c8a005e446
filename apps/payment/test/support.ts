import type { EventEnvelope } from '@consignado/contracts';
import type { PayloadOf } from '@consignado/contracts';
import type { DeadLetterRecord } from '@consignado/messaging';
import { generateCpf } from '@consignado/auth';
import { bearer, dlqTopicOf, EventTap, publishEvent, type Published, testIdentity } from '@consignado/testing';
import { exampleActivation } from './fixtures/contracts';

export const dlqOf = (namespace: string, service: 'loan' | 'payment'): string => dlqTopicOf(namespace, service);
export { EventTap as Tap, publishEvent as publish, type Published };

export type DeadLetter = DeadLetterRecord;
export type AnyEnvelope = EventEnvelope;

/** The local provider's clients (infra/README.md, "Identities"): servicing systems, and the payroll source. */
export const CLIENTS = { ops: 'servicing-ops', payroll: 'payroll-source' } as const;

/**
 * Whose token a call carries: a client of the local provider (client credentials), a raw token,
 * or none. `servicing-ops` holds every scope and role this API checks, so it is the default.
 */
export type As = { client: string; scopes?: string[] } | { token: string } | 'anonymous';

export interface HttpAnswer {
  status: number;
  body: any;
  headers: Headers;
}

/** JSON over HTTP against a test service with a real token (`as`); `.as(other)` is the same API for another caller. */
export function http(baseUrl: string, as: As = { client: CLIENTS.ops }) {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(await authorization(as)), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
  };
  return { call, as: (other: As) => http(baseUrl, other) };
}

async function authorization(as: As): Promise<Record<string, string>> {
  if (as === 'anonymous') return {};
  return bearer('token' in as ? as.token : await testIdentity().clientToken(as.client, as.scopes));
}

/**
 * A customer signed in to the digital app with a fresh CPF: `customerId` is their account id (the
 * token's subject) — publish their contracts with it — and `api` calls with their token.
 */
export async function signedInCustomer(baseUrl: string) {
  const session = await testIdentity().customerSession(generateCpf());
  return { customerId: session.accountId, token: session.accessToken, api: http(baseUrl, { token: session.accessToken }) };
}

/** The example contract made consistent with finance (47 × 311.36 and 311.03 from 2025-03-10, activated 2025-02-10; fixtures/contracts.ts) for a new contract and customer. */
export const newActivation = (over: Partial<PayloadOf<'ContractActivated'>> = {}): PayloadOf<'ContractActivated'> => exampleActivation(over);
