import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { Money } from '@consignado/finance';
import type { DisbursementAttempt } from '../domain/disbursement-attempt';
import { Disbursement } from '../domain/disbursement';
import { toAttemptRow, toDisbursement, toDisbursementRow } from './disbursement.mapper';

const cipher = new FieldCipher(DEV_PII_KEY_RING);
const at = new Date('2026-04-10T13:00:00.000Z');
const attempt: DisbursementAttempt = {
  disbursementId: 'a1', amount: Money.of('980.00'), accountKind: 'BANK_ACCOUNT', account: { kind: 'BANK_ACCOUNT', ispb: '60746948', branch: '1234', number: '0012345678', accountType: 'SVGS' },
  holderCpf: '52998224725', accountChangedAt: at, status: 'FAILED', requestedAt: at, failure: { code: 'RAIL.ACCOUNT_CLOSED', message: 'Conta encerrada', railAttempts: 2, failedAt: at },
};
const disbursement = () => new Disbursement({ id: 'k', contractId: 'k', customerId: 'c', purpose: 'LOAN_RELEASE', amount: Money.of('980.00'), status: 'AWAITING_ACCOUNT', createdAt: at, regret: { at }, attempts: [attempt] });

describe('disbursement at rest (R-SEC-3)', () => {
  it('seals the account number and CPF under their column, keeps the rest, and reads it all back', () => {
    const row = toAttemptRow(cipher, { id: 'k', contractId: 'k' }, attempt);
    expect([row.account_number, row.holder_cpf, row.pix_key, row.ispb, row.failure_code]).toEqual([expect.stringMatching(/^pii:v1:/), expect.stringMatching(/^pii:v1:/), null, '60746948', 'RAIL.ACCOUNT_CLOSED']);
    expect(JSON.stringify(row)).not.toMatch(/0012345678|52998224725/);
    expect(() => cipher.open(row.account_number as string, 'payout_account.account_number')).toThrow();
    const back = toDisbursement(cipher, toDisbursementRow(disbursement().snapshot), [row]);
    expect(back.snapshot).toEqual(disbursement().snapshot);
  });

  it('an erased attempt reads back without account or CPF, its kind kept', () => {
    const erased = { ...toAttemptRow(cipher, { id: 'k', contractId: 'k' }, attempt), account_number: null, holder_cpf: null, ispb: null, branch: null, account_type: null };
    const [back] = toDisbursement(cipher, toDisbursementRow(disbursement().snapshot), [erased]).snapshot.attempts;
    expect([back.accountKind, back.account, back.holderCpf, back.amount.toString()]).toEqual(['BANK_ACCOUNT', undefined, undefined, '980.00']);
  });
});
