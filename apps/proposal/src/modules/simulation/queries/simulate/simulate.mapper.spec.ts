import { plainToInstance } from 'class-transformer';
import { IsoDate } from '@consignado/finance';
import { toCapacityCommand } from '../borrowing-capacity/borrowing-capacity.mapper';
import { BorrowingCapacityRequestDto } from '../borrowing-capacity/borrowing-capacity.request.dto';
import { toSimulationCommand } from './simulate.mapper';
import { SimulateRequestDto } from './simulate.request.dto';

const TODAY = IsoDate.of('2026-03-10');
const simulation = (changes: object = {}) => plainToInstance(SimulateRequestDto, { product: 'INSS_CONSIGNADO', amount: '10000', termMonths: 96, ...changes });
const capacity = (changes: object) => plainToInstance(BorrowingCapacityRequestDto, { product: 'INSS_CONSIGNADO', termMonths: 96, ...changes });
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { code: string }).code;
  }
  return 'accepted';
};

describe('simulation requests: DTO → command (R-PR-3)', () => {
  it('fills today and one month later, insurance off', () => {
    const command = toSimulationCommand(simulation(), TODAY);
    expect([command.dates.contractDate.toString(), command.dates.firstDueDate.toString(), command.withInsurance, command.amount.toString()]).toEqual(['2026-03-10', '2026-04-10', false, '10000.00']);
  });

  it('reads seed-format dates (D-5) and keeps the optional fields', () => {
    const command = toSimulationCommand(simulation({ firstDueDate: '10/04/2026', birthDate: '21/06/1958', monthlyRate: '0.0185', iofMethod: 'SEED_002', score: 700 }), TODAY);
    expect([command.dates.firstDueDate.toString(), command.birthDate?.toString(), command.monthlyRate?.toString(), command.iofMethod, command.score]).toEqual(['2026-04-10', '1958-06-21', '0.0185', 'SEED_002', 700]);
  });

  it.each([
    [{ amount: '0' }, 'SIMULATION.INVALID_AMOUNT'],
    [{ birthDate: '1958-02-29' }, 'SIMULATION.INVALID_DATE'],
    [{ contractDate: '2026-03-10', firstDueDate: '2026-03-01' }, 'SIMULATION.INVALID_DATE'],
  ])('refuses %j: %s', (changes, code) => {
    expect(codeOf(() => toSimulationCommand(simulation(changes), TODAY))).toBe(code);
  });

  it.each([
    [{ availableMargin: '500.00' }, { availableMargin: '500.00' }],
    [{ benefitValue: '2000', activeInstallments: ['200.00', '50'] }, { benefitValue: '2000.00', activeInstallments: ['200.00', '50.00'] }],
    [{ benefitValue: '2000' }, { benefitValue: '2000.00', activeInstallments: [] }],
  ])('takes the monthly limit from %j', (changes, limit) => {
    expect(JSON.parse(JSON.stringify(toCapacityCommand(capacity(changes), TODAY).limit))).toEqual(limit);
  });

  it.each([
    [{}, 'CAPACITY.INVALID_MARGIN_SOURCE'],
    [{ availableMargin: '500', benefitValue: '2000' }, 'CAPACITY.INVALID_MARGIN_SOURCE'],
    [{ availableMargin: '500', activeInstallments: ['1.00'] }, 'CAPACITY.INVALID_MARGIN_SOURCE'],
    [{ benefitValue: '0' }, 'CAPACITY.INVALID_AMOUNT'],
  ])('refuses %j: %s', (changes, code) => {
    expect(codeOf(() => toCapacityCommand(capacity(changes), TODAY))).toBe(code);
  });
});
