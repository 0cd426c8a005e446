import { generateCpf } from '@consignado/auth';
import type { Producer } from 'kafkajs';
import type { EventEnvelope, PayloadOf } from '@consignado/contracts';
import { namespacedTopic } from '@consignado/eventing';
import type { DeadLetterRecord } from '@consignado/messaging';
import { bearer, dlqTopicOf, EventTap, publishEvent, testIdentity, type Published } from '@consignado/testing';

/** A clock the test moves by hand (the app's injectable clock). */
export class TestClock {
  constructor(public current: Date) {}
  now(): Date {
    return this.current;
  }
}

export const dlqOf = (namespace: string, service: 'loan' | 'payment'): string => dlqTopicOf(namespace, service);
export { EventTap as Tap, publishEvent as publish, type Published };

export type DeadLetter = DeadLetterRecord;
export type AnyEnvelope = EventEnvelope;

/** A back-office system of the local provider (INTERNAL, scope contracts:read): reads any customer's contracts. */
export const opsToken = (): Promise<string> => testIdentity().clientToken('servicing-ops');

/** A new customer signed in to the digital app: their token and account id, the customerId their contracts carry. */
export const newCustomer = (): Promise<{ accessToken: string; accountId: string }> => testIdentity().customerSession(generateCpf());

/** An HTTP answer with its JSON body. */
export interface Reply {
  status: number;
  body: any;
  headers: Headers;
}

/** GET `path` with `token` as bearer (servicing-ops when omitted; null sends none). */
export async function getAs(baseUrl: string, path: string, token?: string | null): Promise<Reply> {
  const bearerToken = token === undefined ? await opsToken() : token;
  const res = await fetch(`${baseUrl}${path}`, { headers: bearerToken === null ? {} : bearer(bearerToken) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
}

/** The ContractIssued a booking raised, as tapped. */
export type Issued = AnyEnvelope & { payload: PayloadOf<'ContractIssued'> };

/**
 * The customer accepts the CCB of `proposalId`'s contract (R-LN-9), as proposal would publish it:
 * waits for its ContractIssued on `tap` (which must listen to it) and publishes ProposalAccepted
 * naming its hash (`overrides` to name another, or another time or channel).
 */
export async function acceptIssued(
  tap: EventTap, producer: Producer, namespace: string, proposalId: string, overrides: Partial<PayloadOf<'ProposalAccepted'>> = {},
): Promise<{ issued: Issued; accepted: Published<'ProposalAccepted'> }> {
  const issued = await tap.find<Issued>(namespacedTopic({ namespace }, 'ContractIssued'), (e) => e.payload.proposalId === proposalId);
  const { contractId, customerId, documentHash, channel, issuedAt } = issued.payload;
  const payload = { proposalId, contractId, customerId, documentHash, channel, acceptedAt: issuedAt, acceptedBy: `customer:${customerId}`, ...overrides };
  return { issued, accepted: await publishEvent(producer, namespace, 'ProposalAccepted', payload) };
}
