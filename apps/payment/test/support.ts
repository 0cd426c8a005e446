import type { EventEnvelope } from '@consignado/contracts';
import type { PayloadOf } from '@consignado/contracts';
import type { DeadLetterRecord } from '@consignado/messaging';
import { dlqTopicOf, EventTap, publishEvent, type Published } from '@consignado/testing';
import { exampleActivation } from './fixtures/contracts';

export const dlqOf = (namespace: string, service: 'loan' | 'payment'): string => dlqTopicOf(namespace, service);
export { EventTap as Tap, publishEvent as publish, type Published };

export type DeadLetter = DeadLetterRecord;
export type AnyEnvelope = EventEnvelope;

export const ADMIN_KEY = 'payment-admin-dev-key';

export interface HttpAnswer {
  status: number;
  body: any;
}

/** JSON over HTTP against a test service; `admin` adds the X-Admin-Key header. */
export function http(baseUrl: string) {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  return {
    call,
    admin: (method: string, path: string, body?: unknown) => call(method, path, body, { 'x-admin-key': ADMIN_KEY }),
  };
}

/** The example contract made consistent with finance (47 × 311.36 and 311.03 from 2025-03-10, activated 2025-02-10; fixtures/contracts.ts) for a new contract and customer. */
export const newActivation = (over: Partial<PayloadOf<'ContractActivated'>> = {}): PayloadOf<'ContractActivated'> => exampleActivation(over);
