import { plainToInstance } from 'class-transformer';
import { IsoDate } from '@consignado/finance';
import { CreateProposalRequestDto } from './create-proposal.request.dto';
import { toCreateProposalCommand } from './create-proposal.mapper';

const TODAY = IsoDate.of('2026-03-10');
const dto = (changes: object = {}) =>
  plainToInstance(CreateProposalRequestDto, {
    customerId: '5D2A7E10-3B4C-4D8E-9F01-2A3B4C5D6E7F',
    product: 'INSS_CONSIGNADO',
    operationType: 'NEW',
    requestedAmount: '10000',
    termMonths: 96,
    withInsurance: false,
    ...changes,
  });

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    const error = e as { code: string; details: { fields: Array<{ field: string }> } };
    return [error.code, error.details.fields[0].field];
  }
  return ['accepted'];
};

describe('create proposal: DTO → command (R-PR-4, D-5)', () => {
  it('converts text to value objects and fills the default dates', () => {
    const { customerId, request } = toCreateProposalCommand(dto(), TODAY);
    expect(customerId).toBe('5d2a7e10-3b4c-4d8e-9f01-2a3b4c5d6e7f');
    expect(request.requestedAmount?.toString()).toBe('10000.00');
    expect(request.contractDate.toString()).toBe('2026-03-10');
    expect(request.firstDueDate.toString()).toBe('2026-04-10');
    expect(request.monthlyRate).toBeUndefined();
  });

  it('accepts DD/MM/AAAA and clamps the default first due date to the month end', () => {
    const { request } = toCreateProposalCommand(dto({ contractDate: '31/03/2026', monthlyRate: '0.0180' }), TODAY);
    expect(request.contractDate.toString()).toBe('2026-03-31');
    expect(request.firstDueDate.toString()).toBe('2026-04-30');
    expect(request.monthlyRate?.toString()).toBe('0.018');
  });

  it('keeps where the ported contract is, never a balance (it comes from the origin, R-LN-7)', () => {
    const portability = { originInstitutionIspb: '12345678', originContractNumber: 'X-1' };
    const { request } = toCreateProposalCommand(dto({ operationType: 'PORTABILITY', portability, requestedAmount: undefined }), TODAY);
    expect(request.portability).toEqual({ originInstitutionIspb: '12345678', originContractNumber: 'X-1' });
    expect(request.requestedAmount).toBeUndefined();
  });

  it('keeps a troco of 0.00 as an amount, and the refinanced contract lower-case (R-LN-6)', () => {
    const { request } = toCreateProposalCommand(dto({ operationType: 'REFINANCING', requestedAmount: '0', refinancedContractId: '9C1F2E3D-4B5A-4C6D-8E7F-0A1B2C3D4E5F' }), TODAY);
    expect(request.requestedAmount?.toString()).toBe('0.00');
    expect(request.refinancedContractId).toBe('9c1f2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e5f');
  });

  it.each([
    [{ contractDate: '2026-03-09' }, 'PROPOSAL.INVALID_CONTRACT_DATE', 'contractDate'],
    [{ contractDate: '30/02/2026' }, 'PROPOSAL.INVALID_DATE', 'contractDate'],
    [{ firstDueDate: '2026-03-10' }, 'PROPOSAL.INVALID_DATE', 'firstDueDate'],
    [{ monthlyRate: '0.' }, 'PROPOSAL.INVALID_RATE', 'monthlyRate'],
  ])('refuses %j with %s on %s', (changes, code, field) => {
    expect(refusal(() => toCreateProposalCommand(dto(changes), TODAY))).toEqual([code, field]);
  });
});
