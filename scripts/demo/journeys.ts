import { randomBenefitNumber, randomCpf, type Channel, type PayoutAccountInput, type StackClientId } from '@consignado/stack-runner';

/**
 * Sample journeys of `npm start`: one per channel reaching CONTRACTED, one REJECTED, and a short
 * contract that is then collected to SETTLED. The approved
 * ones are new customers on every run (valid CPFs, benefits the mock Dataprev synthesises with
 * room in their margin), so the demo can run again and again on the same databases; the rejected
 * one is the mock's fixture pensioner with R$ 31,30 of margin left. A DIGITAL journey is its
 * customer, logged in with the journey's CPF; the others act as their channel's client. Each
 * approved customer registers where the released amount goes (a PIX key or a bank account), and
 * the journey ends when the rail paid it. On the way each approved contract is formalized
 * (R-LN-9): the journey reads its CCB from loan, checks the hash and accepts it (life-cycle/wait.ts).
 */
export interface Journey {
  label: string;
  channel: Channel;
  /** Another client than the channel's (corban-alpha, internal-origination), e.g. a second corban partner. */
  caller?: StackClientId;
  customer: Record<string, unknown>;
  proposal: Record<string, unknown>;
  expect: 'CONTRACTED' | 'REJECTED';
  /** The contract `npm start` then collects to SETTLED (servicing.ts). */
  servicing?: boolean;
  /** Where the customer receives the released amount (registered before the proposal); CONTRACTED journeys then wait for the release. */
  payout?: (cpf: string) => PayoutAccountInput;
}

export const journeys = (): Journey[] => [
  {
    label: 'DIGITAL  · INSS, 6 parcelas (cobrança)',
    channel: 'digital',
    customer: {
      cpf: randomCpf(),
      name: 'Antônio Ribeiro Lima',
      birthDate: '1956-08-30',
      monthlyIncome: '2600.00',
      linkType: 'APOSENTADO',
      benefit: { number: randomBenefitNumber(), kind: 'APOSENTADORIA_POR_TEMPO_DE_CONTRIBUICAO', value: '2600.00', startDate: '2016-04-01' },
      email: `antonio.${Date.now().toString(36)}@example.com`,
      phone: '+5561988887777',
    },
    proposal: { product: 'INSS_CONSIGNADO', operationType: 'NEW', requestedAmount: '3000.00', termMonths: 6, withInsurance: false },
    expect: 'CONTRACTED',
    payout: (cpf) => ({ kind: 'PIX_KEY', pixKey: cpf }),
    servicing: true,
  },
  {
    label: 'DIGITAL  · INSS aposentado',
    channel: 'digital',
    customer: {
      cpf: randomCpf(),
      name: 'Maria Aparecida Souza',
      birthDate: '1958-05-10',
      monthlyIncome: '2000.00',
      linkType: 'APOSENTADO',
      benefit: { number: randomBenefitNumber(), kind: 'APOSENTADORIA_POR_IDADE', value: '2000.00', startDate: '2020-01-15' },
    },
    proposal: { product: 'INSS_CONSIGNADO', operationType: 'NEW', requestedAmount: '10000.00', termMonths: 96, withInsurance: false },
    expect: 'CONTRACTED',
    payout: () => ({ kind: 'PIX_KEY', pixKey: '+5561987651234' }),
  },
  {
    label: 'CORBAN   · INSS aposentado',
    channel: 'corban',
    customer: {
      cpf: randomCpf(),
      name: 'José Carlos Pereira',
      birthDate: '1962-11-03',
      monthlyIncome: '3200.00',
      linkType: 'APOSENTADO',
      benefit: { number: randomBenefitNumber(), kind: 'APOSENTADORIA_POR_INVALIDEZ', value: '3200.00', startDate: '2018-02-20' },
    },
    proposal: { product: 'INSS_CONSIGNADO', operationType: 'NEW', requestedAmount: '12000.00', termMonths: 84, withInsurance: false },
    expect: 'CONTRACTED',
    payout: () => ({ kind: 'BANK_ACCOUNT', ispb: '00000000', branch: '1234', number: '0045678901', accountType: 'CACC' }),
  },
  {
    label: 'INTERNAL · servidor público',
    channel: 'internal',
    customer: { cpf: randomCpf(), name: 'Ana Lúcia Ferreira', birthDate: '1980-02-14', monthlyIncome: '7500.00', linkType: 'SERVIDOR' },
    proposal: { product: 'SERVIDOR_CONSIGNADO', operationType: 'NEW', requestedAmount: '20000.00', termMonths: 60, withInsurance: true },
    expect: 'CONTRACTED',
    payout: () => ({ kind: 'PIX_KEY', pixKey: `ana.${Date.now().toString(36)}@example.com` }),
  },
  {
    label: 'CORBAN   · pensionista sem margem',
    channel: 'corban',
    caller: 'corban-beta',
    customer: {
      cpf: '714.602.380-01',
      name: 'Helena Costa',
      birthDate: '1955-07-21',
      monthlyIncome: '1518.00',
      linkType: 'PENSIONISTA',
      benefit: { number: '4000000001', kind: 'PENSAO_POR_MORTE', value: '1518.00', startDate: '2012-09-10' },
    },
    proposal: { product: 'INSS_CONSIGNADO', operationType: 'NEW', requestedAmount: '5000.00', termMonths: 48, withInsurance: false },
    expect: 'REJECTED',
  },
];

/** A real 1×1 PNG for the DIGITAL documents (the proposal service checks bytes against mimeType). */
export const SAMPLE_DOCUMENT = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
