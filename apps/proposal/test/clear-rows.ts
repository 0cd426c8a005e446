import type { DataSource } from 'typeorm';
import type { Customer } from '../src/modules/customer/domain/customer';

/**
 * A customer row as the service wrote it before personal data was sealed (R-SEC-3): the old
 * columns, every value in clear. Works on the schema before and after PrepareSealedCustomer.
 */
export async function insertClearCustomer(dataSource: DataSource, customer: Customer): Promise<void> {
  const p = customer.props;
  await dataSource.query(
    `INSERT INTO customer (id, cpf, name, birth_date, monthly_income, monthly_expenses, link_type, benefit_number, benefit_kind, benefit_value, benefit_start_date, email, phone, status, registered_channel, registered_partner_id, registered_operator_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'ACTIVE', $14, $15, $16, $17)`,
    [
      p.id,
      p.cpf.toString(),
      p.name,
      p.birthDate.toString(),
      p.monthlyIncome.toString(),
      p.monthlyExpenses?.toString() ?? null,
      p.linkType,
      p.benefit?.number.toString() ?? null,
      p.benefit?.kind ?? null,
      p.benefit?.value.toString() ?? null,
      p.benefit?.startDate.toString() ?? null,
      p.email ?? null,
      p.phone ?? null,
      p.registeredBy.channel,
      p.registeredBy.channel === 'CORBAN' ? p.registeredBy.partnerId : null,
      p.registeredBy.channel === 'INTERNAL' ? p.registeredBy.operatorId : null,
      p.createdAt,
    ],
  );
}

/** Migrations before personal data was sealed (PrepareSealedCustomer1796600000001 and later left out). */
export const beforeSealing = <M extends { name: string }>(migrations: readonly M[]): M[] => migrations.filter((m) => Number(m.name.slice(-13)) < 1796600000001);

/** Columns of the proposal row that later migrations (CommissionClawback1797800000000, ContractAcceptance1798100000000, CreateCreditOffer1798400000000) added. */
const LATER_PROPOSAL_COLUMNS = new Set(['commissionReversedAt', 'commissionReversalReason', 'formalization', 'acceptanceDueAt', 'offerId']);

/** A proposal row as an older release wrote it: the entity's columns but those added later, which an older schema lacks. */
export async function insertOlderProposalRow(dataSource: DataSource, row: object): Promise<void> {
  const columns = dataSource.getMetadata('ProposalRow').columns.map((c) => c.propertyPath).filter((p) => !LATER_PROPOSAL_COLUMNS.has(p));
  await dataSource.createQueryBuilder().insert().into('ProposalRow', columns).values(row).execute();
}
