import { randomUUID } from 'node:crypto';
import { CounterpartsClient, type OriginContract } from '@consignado/stack-runner';
import { br, brRate } from '../format';
import { newCustomer } from './contract';
import { channel, expectOk, type LifeCycleContext, type LifeCycleJourney, servicing } from './context';
import { follow } from './wait';

/** A bank the mock exchange simulates (its ISPB), holding the customer's contract. */
const ORIGIN_BANK = '60746948';

/**
 * R-LN-7 via CORBAN: a customer brings a contract from another bank. The exchange asks the origin
 * for the balance, the origin answers, credit analysis prices it at our rate (no IOF, a smaller
 * installment), loan transfers the balance, the origin confirms and the contract is CONTRACTED
 * for exactly the ported balance.
 */
export const portabilityIn: LifeCycleJourney = { rows: [{ label: 'CORBAN   · portabilidade de entrada', expect: 'CONTRACTED' }], run };

async function run(ctx: LifeCycleContext): Promise<string[]> {
  const tag = '[portabilidade de entrada]';
  const { customerId, cpf } = await newCustomer(ctx, 'corban', 'Luzia Barbosa Campos');
  const origin: OriginContract = {
    ispb: ORIGIN_BANK, contractNumber: `CTR-${randomUUID().slice(0, 12)}`, cpf, balance: '5000.00', remainingInstallments: 24,
    installment: '320.00', monthlyRate: '0.0300', behaviour: 'ANSWER', answerDelayMs: 1000, settlementDelayMs: 1000,
  };
  await new CounterpartsClient(ctx.stack.urls).originContract(origin);
  ctx.log(`${tag} contrato ${origin.contractNumber} no banco ${ORIGIN_BANK}: saldo ${br(origin.balance)}, ${origin.remainingInstallments} parcelas de ${br(origin.installment)} a ${brRate(origin.monthlyRate)}`);
  const corban = channel(ctx, 'corban');
  const created = expectOk(await corban.proposePortability({ customerId, originInstitutionIspb: ORIGIN_BANK, originContractNumber: origin.contractNumber, termMonths: 24 }), 'portabilidade');
  ctx.log(`${tag} proposta de PORTABILITY ${created.body['id']} criada`);
  const final = await follow(ctx.log, corban, String(created.body['id']), tag);
  if (final['state'] !== 'CONTRACTED') return [String(final['state'])];
  const contract = expectOk(await servicing(ctx).contract(String(final['contractId'])), 'contrato').body;
  ctx.log(`${tag} contrato ${contract['id']} (NU ${contract['portability']['portabilityNumber']}): saldo portado ${br(contract['releasedAmount'])}, IOF ${br(contract['iof'])}`);
  ctx.log(`${tag}   ${contract['termMonths']} parcelas de ${br(contract['installmentAmount'])} a ${brRate(contract['monthlyRate'])}, em vez de ${br(origin.installment)} a ${brRate(origin.monthlyRate)} no banco de origem`);
  return [contract['releasedAmount'] === origin.balance ? 'CONTRACTED' : `CONTRACTED por ${contract['releasedAmount']}`];
}
