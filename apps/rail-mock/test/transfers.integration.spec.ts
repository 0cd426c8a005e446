import { randomUUID } from 'node:crypto';
import type { TestService } from '@consignado/testing';
import type { RailMockConfig } from '../src/config';
import { clients, newAccount, newTransfer, sleep, startRail } from './support';

const E2E = /^E99000001\d{12}[A-Za-z0-9]{11}$/;

/** The rail's transfers on the real PostgreSQL, over HTTP: filing, idempotency, settlement and rejection. */
describe('mock rail: transfers', () => {
  let rail: TestService<RailMockConfig>;
  let api: ReturnType<typeof clients>;

  beforeAll(async () => {
    rail = await startRail();
    api = clients(rail.baseUrl);
  });

  afterAll(async () => {
    await rail?.close();
  });

  it('files a transfer PENDING, settles it when due with its end-to-end id, and answers a repeated order with the same transfer', async () => {
    const transfer = newTransfer();
    const filed = await api.create(transfer);
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ ...transfer, status: 'PENDING', endToEndId: null, settledAt: null, reason: null });
    expect((await api.get(transfer.transferId)).body.status).toBe('PENDING');
    await sleep(350);
    const settled = await api.get(transfer.transferId);
    expect(settled.body).toMatchObject({ status: 'SETTLED', endToEndId: expect.stringMatching(E2E), settledAt: new Date(Date.parse(filed.body.filedAt) + 300).toISOString() });
    expect(settled.body.endToEndId.slice(9, 21)).toBe(filed.body.filedAt.replace(/[-:T]/g, '').slice(0, 12));
    const again = await api.create({ ...transfer, amount: '8214.33', transferId: transfer.transferId.toUpperCase() });
    expect([again.status, again.body]).toEqual([200, settled.body]);
    expect((await api.admin('GET', `/admin/transfers?transferId=${transfer.transferId}`)).body.transfers).toHaveLength(1);
  });

  it('refuses the same transfer id with other data: 409 RAIL.TRANSFER_CONFLICT with a pt-BR detail', async () => {
    const transfer = newTransfer();
    await api.create(transfer);
    for (const change of [{ amount: '8214.34' }, { creditorCpf: '11144477735' }, { purpose: 'CREDIT_REFUND' }, { creditor: newAccount() }]) {
      const conflict = await api.create({ ...transfer, ...change });
      expect([conflict.status, conflict.body.code, conflict.body.detail]).toEqual([409, 'RAIL.TRANSFER_CONFLICT', expect.stringContaining('já foi enviada com outros dados')]);
    }
  });

  it('rejects as scripted, by PIX key, by account number or for any creditor; the scripts are then used up', async () => {
    const byKey = newTransfer();
    const account = newAccount();
    const byAccount = newTransfer({ creditor: account });
    const added = await api.admin('POST', '/admin/outcome-script', { pixKey: byKey.creditor.pixKey, outcome: 'REJECTED', reason: 'KEY_NOT_FOUND', next: 1 });
    expect([added.status, added.body.scripts]).toEqual([201, [{ pixKey: byKey.creditor.pixKey, settlement: { outcome: 'REJECTED', reason: 'KEY_NOT_FOUND', message: 'A chave PIX informada não está registrada no DICT.' }, remaining: 1 }]]);
    await api.admin('POST', '/admin/outcome-script', { accountNumber: account.number, outcome: 'REJECTED', reason: 'ACCOUNT_CLOSED', next: 1 });
    await api.admin('POST', '/admin/outcome-script', { outcome: 'REJECTED', reason: 'HOLDER_MISMATCH', message: 'Titular divergente.', settlementMs: 0, next: 1 });
    await api.create(byKey);
    await api.create(byAccount);
    const any = newTransfer();
    await api.create(any);
    const plain = newTransfer();
    await api.create(plain);
    await sleep(350);
    expect((await api.get(byKey.transferId)).body).toMatchObject({ status: 'REJECTED', reason: 'KEY_NOT_FOUND', endToEndId: null });
    expect((await api.get(byAccount.transferId)).body).toMatchObject({ status: 'REJECTED', reason: 'ACCOUNT_CLOSED', message: 'A conta de destino está encerrada.' });
    expect((await api.get(any.transferId)).body).toMatchObject({ status: 'REJECTED', reason: 'HOLDER_MISMATCH', message: 'Titular divergente.' });
    expect((await api.get(plain.transferId)).body.status).toBe('SETTLED');
    expect((await api.admin('GET', '/admin/outcome-script')).body.scripts).toEqual([]);
  });

  it.each([
    ['an amount as a JSON number', { amount: 8214.33 }, 'REQUEST.INVALID_BODY'],
    ['a transfer id that is not a UUID', { transferId: 'transfer-1' }, 'REQUEST.INVALID_BODY'],
    ['a CPF that is not 11 digits', { creditorCpf: '529.982.247-25' }, 'REQUEST.INVALID_BODY'],
    ['an account without its branch', { creditor: { kind: 'BANK_ACCOUNT', ispb: '00000000', number: '123456', accountType: 'CACC' } }, 'REQUEST.INVALID_BODY'],
    ['a PIX key with an account number', { creditor: { kind: 'PIX_KEY', pixKey: 'x@example.com', number: '123456' } }, 'RAIL.INVALID_CREDITOR'],
    ['a zero amount', { amount: '0.00' }, 'RAIL.INVALID_AMOUNT'],
  ])('refuses %s with 400 %s and a pt-BR detail, filing nothing', async (_name, change, code) => {
    const transfer = newTransfer(change);
    const refused = await api.create(transfer);
    expect([refused.status, refused.body.code]).toEqual([400, code]);
    expect(refused.body.detail).toMatch(/[a-zà-ú]{3,}/);
    if (typeof transfer.transferId === 'string' && transfer.transferId.length === 36) expect((await api.admin('GET', `/admin/transfers?transferId=${transfer.transferId}`)).body.transfers).toEqual([]);
  });

  it('answers 404 for an unknown transfer, 400 for a malformed id, 401 without the bank’s key', async () => {
    const unknown = await api.get(randomUUID());
    expect([unknown.status, unknown.body.code]).toEqual([404, 'RAIL.TRANSFER_NOT_FOUND']);
    expect((await api.get('42')).body.code).toBe('RAIL.INVALID_TRANSFER_ID');
    const anonymous = await api.call('POST', '/v1/transfers', newTransfer());
    expect([anonymous.status, anonymous.body.code]).toEqual([401, 'RAIL.PARTNER_UNAUTHORIZED']);
    expect((await api.call('GET', '/admin/transfers', undefined, { 'x-admin-key': 'wrong-admin-key' })).body.code).toBe('RAIL.ADMIN_UNAUTHORIZED');
  });

  it('keeps the planned settlement across a restart: decided once, dated when due (last: replaces the app)', async () => {
    const transfer = newTransfer();
    const filed = (await api.create(transfer)).body;
    await rail.app.close();
    await sleep(350);
    rail = await startRail({ DATABASE_SCHEMA: rail.config.DATABASE_SCHEMA });
    api = clients(rail.baseUrl);
    const settled = (await api.get(transfer.transferId)).body;
    expect([settled.status, settled.settledAt]).toEqual(['SETTLED', new Date(Date.parse(filed.filedAt) + 300).toISOString()]);
    await sleep(50);
    expect((await api.get(transfer.transferId)).body).toEqual(settled);
  });
});
