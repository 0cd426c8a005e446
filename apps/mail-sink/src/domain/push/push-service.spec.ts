import webPush from 'web-push';
import type { PushHeaders } from './push-request';
import { PushService } from './push-service';

const ORIGIN = 'http://127.0.0.1:3091';
const vapidDetails = { subject: 'mailto:plataforma@consignadohub.com.br', ...webPush.generateVAPIDKeys() };

/** The request web-push would send, as the push endpoint receives it. */
function pushFrom(push: PushService, subscriptionId: string, payload: string | undefined, options: webPush.RequestOptions = {}) {
  const subscription = push.subscriptions.find(subscriptionId) ?? push.subscriptions.create(ORIGIN);
  const details: webPush.RequestDetails = webPush.generateRequestDetails({ endpoint: subscription.endpoint, keys: subscription.keys }, payload, { vapidDetails, ...options });
  const h = details.headers as Record<string, string | number | undefined>;
  const headers: PushHeaders = { authorization: h.Authorization as string, ttl: h.TTL?.toString(), urgency: h.Urgency as string, contentEncoding: h['Content-Encoding'] as string };
  return { subscriptionId, headers, body: details.body ?? Buffer.alloc(0) };
}

describe('PushService.deliver', () => {
  let push: PushService;
  let id: string;

  beforeEach(() => {
    push = new PushService();
    id = push.subscriptions.create(ORIGIN).id;
  });

  it('keeps the decrypted payload with its urgency and TTL, and binds the subscription to that VAPID key', () => {
    const outcome = push.deliver(pushFrom(push, id, '{"title":"Parcela paga"}', { TTL: 60, urgency: 'high' }));
    expect(outcome).toEqual({ ok: true, message: { id: expect.any(String), subscriptionId: id, payload: '{"title":"Parcela paga"}', urgency: 'high', ttl: 60, receivedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) } });
    expect(push.messages.list()).toHaveLength(1);
    expect(push.subscriptions.find(id)?.vapidKey).toBe(vapidDetails.publicKey);
  });

  it('accepts a push without payload (no Content-Encoding needed)', () => {
    expect(push.deliver(pushFrom(push, id, undefined))).toMatchObject({ ok: true, message: { payload: '', urgency: 'normal' } });
  });

  it.each<[string, (request: ReturnType<typeof pushFrom>, push: PushService) => unknown, string]>([
    ['an unknown subscription', (r) => (r.subscriptionId = 'c0ffee00-0000-4000-8000-000000000000'), 'PUSH.SUBSCRIPTION_GONE'],
    ['a removed subscription', (r, p) => p.subscriptions.remove(r.subscriptionId), 'PUSH.SUBSCRIPTION_GONE'],
    ['a body over 4096 bytes', (r) => (r.body = undefined as unknown as Buffer), 'PUSH.PAYLOAD_TOO_LARGE'],
    ['no Authorization', (r) => (r.headers.authorization = undefined), 'PUSH.VAPID_INVALID'],
    ['no TTL', (r) => (r.headers.ttl = undefined), 'PUSH.TTL_REQUIRED'],
    ['an unknown Urgency', (r) => (r.headers.urgency = 'urgent'), 'PUSH.URGENCY_INVALID'],
    ['the legacy aesgcm encoding', (r) => (r.headers.contentEncoding = 'aesgcm'), 'PUSH.ENCODING_UNSUPPORTED'],
    ['a payload encrypted for another subscription', (r, p) => (r.body = pushFrom(p, p.subscriptions.create(ORIGIN).id, 'outro').body), 'PUSH.UNDECRYPTABLE'],
  ])('refuses %s and keeps nothing', (_label, spoil, code) => {
    const request = pushFrom(push, id, 'Olá');
    spoil(request, push);
    expect(push.deliver(request)).toMatchObject({ ok: false, code });
    expect(push.messages.list()).toEqual([]);
  });

  it('refuses a push signed by another VAPID key than the first one (403 at the edge)', () => {
    expect(push.deliver(pushFrom(push, id, 'primeira')).ok).toBe(true);
    const other = { ...vapidDetails, ...webPush.generateVAPIDKeys() };
    expect(push.deliver(pushFrom(push, id, 'segunda', { vapidDetails: other }))).toMatchObject({ ok: false, code: 'PUSH.VAPID_KEY_MISMATCH' });
  });

  it('fails the next pushes with an injected status, then delivers again', () => {
    push.failNext.arm(1, 503);
    expect(push.deliver(pushFrom(push, id, 'Olá'))).toEqual({ ok: false, code: 'PUSH.INJECTED_FAILURE', status: 503 });
    expect(push.deliver(pushFrom(push, id, 'Olá')).ok).toBe(true);
    expect(push.messages.list().map((m) => m.payload)).toEqual(['Olá']);
  });
});
