import { randomUUID } from 'node:crypto';
import webPush, { type PushSubscription, type RequestOptions } from 'web-push';
import type { RunningMailSink } from '../src/mail-sink';
import { PlainHttpAgent } from './plain-http-agent';
import { startTestSink } from './start-sink';

const SUBJECT = 'mailto:plataforma@consignadohub.com.br';
const PAYLOAD = JSON.stringify({ title: 'Contrato bloqueado', body: 'Seu contrato foi bloqueado — ação necessária' });

/** The sink as the push service and browser behind notification's push adapter (web-push). */
describe('Web Push service over HTTP', () => {
  let sink: RunningMailSink;
  let api: string;
  const vapid = webPush.generateVAPIDKeys();
  const agent = new PlainHttpAgent();

  beforeAll(async () => ({ sink, api } = await startTestSink()));
  afterAll(async () => {
    agent.destroy();
    await sink?.close();
  });

  const subscribe = async (): Promise<PushSubscription & { id: string }> => {
    const res = await fetch(`${api}/push/subscriptions`, { method: 'POST' });
    expect(res.status).toBe(201);
    return (await res.json()) as PushSubscription & { id: string };
  };
  const send = (subscription: PushSubscription, payload: string, options: RequestOptions = {}) =>
    webPush.sendNotification(subscription, payload, { vapidDetails: { subject: SUBJECT, ...vapid }, TTL: 60, agent, ...options });
  /** The HTTP status of a refused send. */
  const refusal = (sending: Promise<unknown>) => sending.then(() => 201, (error: webPush.WebPushError) => error.statusCode);
  const messages = async (subscriptionId: string): Promise<any[]> => (await fetch(`${api}/push/messages?subscription=${subscriptionId}`)).json() as Promise<any[]>;
  /** An Authorization header web-push builds for another audience or expiry, sent instead of its own (no vapidDetails: no header of its own). */
  const signedFor = (audience: string, expiration?: number): RequestOptions => ({
    vapidDetails: undefined,
    headers: { Authorization: webPush.getVapidHeaders(audience, SUBJECT, vapid.publicKey, vapid.privateKey, 'aes128gcm', expiration).Authorization },
  });

  it('hands out a subscription a browser would: endpoint on the sink, P-256 key and auth secret', async () => {
    const subscription = await subscribe();
    expect(subscription).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), endpoint: `${api}/push/${subscription.id}`, keys: { p256dh: expect.any(String), auth: expect.any(String) } });
    expect(Buffer.from(subscription.keys.p256dh, 'base64url')).toHaveLength(65);
    expect(Buffer.from(subscription.keys.auth, 'base64url')).toHaveLength(16);
  });

  it('acknowledges a push sent with web-push (201 + Location) and shows the decrypted payload', async () => {
    const subscription = await subscribe();
    const sent = await send(subscription, PAYLOAD, { urgency: 'high' });
    expect(sent.statusCode).toBe(201);
    const [message] = await messages(subscription.id);
    expect(sent.headers.location).toBe(`/push/messages/${message.id}`);
    expect(message).toEqual({ id: expect.any(String), subscriptionId: subscription.id, payload: PAYLOAD, urgency: 'high', ttl: 60, receivedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
    expect(await (await fetch(`${api}${sent.headers.location}`)).json()).toEqual(message);
  });

  it.each([
    ['another audience', () => signedFor('http://127.0.0.1:1')],
    ['an expired token', () => signedFor(api, Math.floor(Date.now() / 1000) - 60)],
    ['no VAPID at all', (): RequestOptions => ({ vapidDetails: undefined })],
  ])('answers 401 to a token for %s and keeps nothing', async (_label, options) => {
    const subscription = await subscribe();
    expect(await refusal(send(subscription, PAYLOAD, options()))).toBe(401);
    expect(await messages(subscription.id)).toEqual([]);
  });

  it('answers 410 for an unknown subscription and for a deleted one', async () => {
    const subscription = await subscribe();
    const unknown = { ...subscription, endpoint: `${api}/push/${randomUUID()}` };
    expect(await refusal(send(unknown, PAYLOAD))).toBe(410);
    expect((await fetch(`${api}/push/subscriptions/${subscription.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(await refusal(send(subscription, PAYLOAD))).toBe(410);
  });

  it('answers 400 to a payload encrypted for other keys and 413 above 4096 bytes', async () => {
    const [subscription, other] = [await subscribe(), await subscribe()];
    expect(await refusal(send({ ...subscription, keys: other.keys }, PAYLOAD))).toBe(400);
    expect(await refusal(send(subscription, 'x'.repeat(4050)))).toBe(413);
    expect(await messages(subscription.id)).toEqual([]);
  });

  it('fails the next pushes with the status armed by POST /push/fail-next, then delivers', async () => {
    const subscription = await subscribe();
    const armed = await fetch(`${api}/push/fail-next`, { method: 'POST', body: JSON.stringify({ count: 1, status: 503 }) });
    expect(armed.status).toBe(204);
    expect(await refusal(send(subscription, PAYLOAD))).toBe(503);
    expect(await refusal(send(subscription, PAYLOAD))).toBe(201);
    expect(await messages(subscription.id)).toHaveLength(1);
    expect((await fetch(`${api}/push/messages`, { method: 'DELETE' })).status).toBe(204);
    expect(await (await fetch(`${api}/push/messages`)).json()).toEqual([]);
  });
});
