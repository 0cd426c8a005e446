import { createEnvelope, examplePayload } from '@consignado/contracts';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { IsoDate, Money } from '@consignado/finance';
import { CommissionPolicy } from '../domain/commission';
import { Proposal } from '../domain/proposal';
import type { TimelineEntry } from '../domain/timeline';
import { applicant } from '../testing/applicant.fixture';
import { toParkedEnvelope, toParkedRow } from './parked-event.mapper';
import type { ParkedEventRow } from './parked-event.orm-entity';
import { toDomain, toRow } from './proposal.mapper';
import type { TimelineEntryRow } from './timeline-entry.orm-entity';
import { toTimelineEntry, toTimelineRow } from './timeline.mapper';

const cipher = new FieldCipher(DEV_PII_KEY_RING);
const NOW = new Date('2026-03-10T13:00:00.000Z');
const CUSTOMER = examplePayload('CreditRejected').customerId;
/** A margin refusal quoting a share of the net income (as a servant's does): the income is in it. */
const INCOME_QUOTE = 'Parcela de R$ 812,00 excede a margem consignável de R$ 703,70: 30% da renda líquida (R$ 703,70) menos descontos consignados ativos de R$ 0,00.';
const CLEAR = [INCOME_QUOTE, '703,70', '703.70', '52998224725', '1234567890'];

/** Every clear value that shows up anywhere in what would be stored. */
const leaks = (stored: unknown): string[] => CLEAR.filter((value) => JSON.stringify(stored).includes(value));

function rejected(): Proposal {
  const request = { product: 'INSS_CONSIGNADO', operationType: 'NEW', requestedAmount: Money.of('10000.00'), termMonths: 30, withInsurance: false, contractDate: IsoDate.of('2026-03-10'), firstDueDate: IsoDate.of('2026-04-10') } as const;
  const customer = applicant(CUSTOMER);
  const proposal = Proposal.restore({ ...Proposal.open({ id: 'p1', customerId: CUSTOMER, origin: { channel: 'INTERNAL', operatorId: 'op-1' }, request, correlationId: 'c1' }, customer, NOW).props, state: 'PENDING_CREDIT_ANALYSIS' });
  const reasons = [{ rule: 'INSS.MARGIN', code: 'CREDIT.MARGIN_EXCEEDED', passed: false, measured: '812.00', limit: '703.70', message: INCOME_QUOTE, parameterVersion: 'inss-2025-04-01' }];
  const payload = { ...examplePayload('CreditRejected'), reasons };
  proposal.apply({ type: 'CreditRejected', payload, occurredAt: NOW.toISOString() }, new CommissionPolicy({ NEW: '3', REFINANCING: '2', PORTABILITY: '1.5' }), NOW);
  return proposal;
}

describe('personal data in the proposal\'s rows is sealed (R-SEC-3)', () => {
  it('stores the decision, whose reasons quote the income, as one sealed value, and reads it back', () => {
    const proposal = rejected();
    expect(proposal.props.decision?.reasons[0].message).toBe(INCOME_QUOTE);
    const row = toRow(proposal, cipher);
    expect([FieldCipher.isSealed(row.decision), leaks(row)]).toEqual([true, []]);
    expect(toDomain(row, cipher).props).toEqual(proposal.props);
  });

  it('binds the sealed decision to its column: opened as another field it is refused', () => {
    const row = toRow(rejected(), cipher);
    expect(() => cipher.open(row.decision as string, 'proposal_timeline.summary')).toThrow(expect.objectContaining({ code: 'PRIVACY.UNREADABLE_FIELD' }));
  });

  it('seals the timeline summary and reads the entry back as it was', () => {
    const entry: TimelineEntry = { proposalId: 'p1', eventId: 'e1', eventType: 'CreditRejected', direction: 'CONSUMED', outcome: 'APPLIED', occurredAt: NOW.toISOString(), correlationId: 'c1', causationId: null, stateAfter: 'REJECTED', summary: `Crédito recusado: ${INCOME_QUOTE}` };
    const row = toTimelineRow(entry, cipher);
    expect([FieldCipher.isSealed(row.summary), leaks(row)]).toEqual([true, []]);
    expect(toTimelineEntry({ ...row, seq: '1' } as TimelineEntryRow, cipher)).toEqual(entry);
  });

  it('seals a parked envelope whole — CreditApproved carries the CPF and the benefit number — and reads it back', () => {
    const envelope = createEnvelope('CreditApproved', { payload: examplePayload('CreditApproved'), metadata: { channel: 'SYSTEM' } });
    expect(leaks(envelope)).toEqual(['52998224725', '1234567890']);
    const row = toParkedRow('p1', envelope as never, NOW, cipher);
    expect([FieldCipher.isSealed(row.envelope), leaks(row)]).toEqual([true, []]);
    expect(toParkedEnvelope({ ...row, seq: '1' } as ParkedEventRow, cipher)).toEqual(envelope);
  });
});
