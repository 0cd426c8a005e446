import { changeLogFields } from './change-log';
import { requested } from './portability.fixture';

describe('changeLogFields', () => {
  it('never holds the CPF in clear', () => {
    const p = requested();
    const [received, pending] = p.pullChanges().map((c) => changeLogFields(p, c));
    expect(received).toEqual({ nu: '202502280000000000424', change: '— → RECEIVED', originIspb: '99100001', destinationIspb: '99000001', originContractNumber: 'CT-778', cpf: '***.982.247-**' });
    expect(JSON.stringify([received, pending])).not.toContain('52998224725');
  });

  it('names why a portability ended', () => {
    const p = requested();
    p.pullChanges();
    p.reject('ORIGIN', 'CONTRATO_LIQUIDADO', new Date());
    expect(changeLogFields(p, p.pullChanges()[0])).toMatchObject({ change: 'PENDING → REJECTED', reason: 'CONTRATO_LIQUIDADO', by: 'ORIGIN' });
  });
});
