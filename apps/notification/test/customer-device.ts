import { generateCpf } from '@consignado/auth';
import { bearer, testIdentity } from '@consignado/testing';
import type { MailSinkProcess, SinkDevice } from './mail-sink.process';

/** A signed-in customer (DIGITAL token): `customerId` is their account id, the one events must carry. */
export interface TestCustomer {
  customerId: string;
  headers: Record<string, string>;
}

export async function signedInCustomer(): Promise<TestCustomer> {
  const session = await testIdentity().customerSession(generateCpf());
  return { customerId: session.accountId, headers: bearer(session.accessToken) };
}

/** A device at the sink's push service (where pushes arrive) and the id notification gave its subscription (a PUSH delivery's address). */
export interface RegisteredDevice {
  device: SinkDevice;
  subscriptionId: string;
}

/** `POST /v1/push-subscriptions` as the app sends it, with `headers` (a token or none). */
export async function postSubscription(baseUrl: string, headers: Record<string, string>, subscription: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${baseUrl}/v1/push-subscriptions`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(subscription) });
  return { status: res.status, body: await res.json() };
}

/** A new device at the sink's push service, subscribed by the customer with their own token (201). */
export async function subscribeDevice(baseUrl: string, sink: MailSinkProcess, customer: TestCustomer): Promise<RegisteredDevice> {
  const device = await sink.newDevice();
  const { status, body } = await postSubscription(baseUrl, customer.headers, { endpoint: device.endpoint, keys: device.keys });
  if (status !== 201) throw new Error(`POST /v1/push-subscriptions answered ${status}: ${JSON.stringify(body)}`);
  return { device, subscriptionId: body.id };
}

export interface PushPayload {
  notificationId: string;
  title: string;
  body: string;
}

/** What the device received, decrypted by the sink as a browser would, oldest first. */
export async function pushesTo(sink: MailSinkProcess, { device }: RegisteredDevice): Promise<PushPayload[]> {
  return (await sink.pushes(device.id)).map((p) => JSON.parse(p.payload) as PushPayload);
}
