import { PDFDocument } from 'pdf-lib';
import { handWorkedApproval, inssApproval } from '../../../../test/fixtures/approvals';
import { CONTRACT_ID, NOW } from '../../../../test/fixtures/contracts';
import { Contract, type CreditApproval } from '../domain/contract';
import { sha256Hex } from '@consignado/core';
import { drawUpCcb } from './ccb-document';

const CPF = '52998224725';

function awaiting(approval: CreditApproval) {
  const result = Contract.book(approval, CONTRACT_ID, NOW);
  if (!result.ok) throw result.error;
  return result.value.snapshot;
}

describe('CCB PDF (R-LN-9)', () => {
  it('is a PDF whose SHA-256 (lowercase hex) is of its exact bytes', async () => {
    const ccb = await drawUpCcb(awaiting(handWorkedApproval()), CPF, NOW);
    expect(ccb.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(ccb.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(ccb.sha256).toBe(sha256Hex(ccb.bytes));
    expect(ccb).toMatchObject({ contractId: CONTRACT_ID, issuedAt: NOW });
  });

  it('is deterministic: the same contract and issue time give the same bytes', async () => {
    const contract = awaiting(inssApproval());
    const [a, b] = await Promise.all([drawUpCcb(contract, CPF, NOW), drawUpCcb(contract, CPF, NOW)]);
    expect(a.sha256).toBe(b.sha256);
    expect((await drawUpCcb(contract, CPF, new Date('2026-04-10T13:00:01.000Z'))).sha256).not.toBe(a.sha256);
  });

  it('spreads a 96-row schedule over several pages, with fixed metadata', async () => {
    const ccb = await drawUpCcb(awaiting(inssApproval()), CPF, NOW);
    const pdf = await PDFDocument.load(ccb.bytes, { updateMetadata: false });
    expect(pdf.getPageCount()).toBeGreaterThan(2);
    expect(pdf.getTitle()).toBe(`Cédula de Crédito Bancário — CCB nº ${CONTRACT_ID}`);
    expect(pdf.getProducer()).toBe('ConsignadoHub loan');
    expect(pdf.getCreationDate()?.toISOString()).toBe(NOW.toISOString());
    expect(ccb.bytes.toString('latin1')).not.toContain(CPF);
  });
});
