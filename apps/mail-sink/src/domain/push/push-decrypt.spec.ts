import webPush from 'web-push';
import { decryptPush } from './push-decrypt';
import { PushSubscriptions } from './push-subscriptions';

const subscriptions = new PushSubscriptions();
const browser = subscriptions.create('http://127.0.0.1:3091');
const encrypted = (payload: string | Buffer, keys = browser.keys) => webPush.encrypt(keys.p256dh, keys.auth, payload, 'aes128gcm').cipherText;

describe('decryptPush (RFC 8291, aes128gcm) against web-push’s encrypt', () => {
  it.each([
    ['a pt-BR JSON payload', JSON.stringify({ title: 'Contrato bloqueado', body: 'Seu contrato foi bloqueado — ação necessária' })],
    ['an empty payload', ''],
    ['the largest payload of one 4096-octet record', 'x'.repeat(4096 - 16 - 1)],
  ])('reads back %s', (_label, payload) => {
    expect(decryptPush(encrypted(payload), browser)?.toString('utf8')).toBe(payload);
  });

  it('gives each subscription a P-256 public key and a 16-byte auth secret, base64url', () => {
    expect(Buffer.from(browser.keys.p256dh, 'base64url')).toHaveLength(65);
    expect(Buffer.from(browser.keys.p256dh, 'base64url')[0]).toBe(0x04);
    expect(Buffer.from(browser.keys.auth, 'base64url')).toHaveLength(16);
  });

  it('refuses a message encrypted for another subscription', () => {
    const other = subscriptions.create('http://127.0.0.1:3091');
    expect(decryptPush(encrypted('segredo', other.keys), browser)).toBeUndefined();
  });

  it('refuses a message whose ciphertext, tag or header was altered or cut', () => {
    const body = encrypted('Parcela em atraso');
    const flipped = (at: number) => Buffer.from(body.map((byte, i) => (i === at ? byte ^ 1 : byte)));
    expect(decryptPush(flipped(body.length - 20), browser)).toBeUndefined();
    expect(decryptPush(flipped(body.length - 1), browser)).toBeUndefined();
    expect(decryptPush(flipped(0), browser)).toBeUndefined();
    expect(decryptPush(body.subarray(0, 60), browser)).toBeUndefined();
    expect(decryptPush(Buffer.from('não é aes128gcm'), browser)).toBeUndefined();
  });
});
