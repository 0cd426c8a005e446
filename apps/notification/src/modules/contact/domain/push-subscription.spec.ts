import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { checkSubscription } from './push-subscription';

const ALLOWED = ['https://fcm.googleapis.com', 'http://127.0.0.1:3091'];
/** A real device's keys: an uncompressed P-256 point and a 16-byte secret, base64url. */
const p256dh = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ format: 'jwk' });
const point = Buffer.concat([Buffer.from([4]), Buffer.from(p256dh.x as string, 'base64url'), Buffer.from(p256dh.y as string, 'base64url')]).toString('base64url');
const keys = { p256dh: point, auth: randomBytes(16).toString('base64url') };

describe('push subscription checks (R-NT-1, R-X-1)', () => {
  it('takes an allowed push service and real keys', () => {
    expect(() => checkSubscription({ endpoint: 'https://fcm.googleapis.com/fcm/send/abc:123', keys }, ALLOWED)).not.toThrow();
    expect(() => checkSubscription({ endpoint: 'http://127.0.0.1:3091/push/7', keys }, ALLOWED)).not.toThrow();
  });

  it.each([
    ['a host that is no push service (notification would POST there)', { endpoint: 'http://169.254.169.254/latest/meta-data', keys }, 'NOTIFICATION.PUSH_SERVICE_NOT_ALLOWED'],
    ['an allowed host on another port', { endpoint: 'http://127.0.0.1:3001/push/7', keys }, 'NOTIFICATION.PUSH_SERVICE_NOT_ALLOWED'],
    ['no URL', { endpoint: 'not a url', keys }, 'NOTIFICATION.INVALID_PUSH_SUBSCRIPTION'],
    ['a key that is no P-256 point', { endpoint: 'https://fcm.googleapis.com/x', keys: { ...keys, p256dh: randomBytes(65).toString('base64url').replace(/^./, 'A') } }, 'NOTIFICATION.INVALID_PUSH_SUBSCRIPTION'],
    ['65 bytes in the uncompressed form that are no point on P-256 (no push could be encrypted for it)', { endpoint: 'https://fcm.googleapis.com/x', keys: { ...keys, p256dh: Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)]).toString('base64url') } }, 'NOTIFICATION.INVALID_PUSH_SUBSCRIPTION'],
    ['a short key', { endpoint: 'https://fcm.googleapis.com/x', keys: { ...keys, p256dh: keys.p256dh.slice(0, 40) } }, 'NOTIFICATION.INVALID_PUSH_SUBSCRIPTION'],
    ['an auth secret of 8 bytes', { endpoint: 'https://fcm.googleapis.com/x', keys: { ...keys, auth: randomBytes(8).toString('base64url') } }, 'NOTIFICATION.INVALID_PUSH_SUBSCRIPTION'],
    ['a key not in base64url', { endpoint: 'https://fcm.googleapis.com/x', keys: { ...keys, auth: 'não é base64!' } }, 'NOTIFICATION.INVALID_PUSH_SUBSCRIPTION'],
  ])('refuses %s', (_label, input, code) => {
    expect(() => checkSubscription(input, ALLOWED)).toThrow(expect.objectContaining({ code }));
  });
});
