import { Money } from '@consignado/finance';
import type { OutcomeScript } from '../domain/outcome-script';
import { Transfer } from '../domain/transfer';
import type { TransferPurpose, TransferStatus } from '../domain/transfer-state';
import type { OutcomeScriptRow, TransferRow } from './transfer.orm-entities';

export function toDomain(row: TransferRow): Transfer {
  return new Transfer({
    request: { transferId: row.transferId, amount: Money.of(row.amount), creditor: row.creditor, creditorCpf: row.creditorCpf, purpose: row.purpose as TransferPurpose },
    endToEndId: row.endToEndId,
    filedAt: row.filedAt,
    settlesAt: row.settlesAt,
    settlement: row.settlement,
    status: row.status as TransferStatus,
  });
}

export function toRow(transfer: Transfer): TransferRow {
  const { request: r, ...s } = transfer.state;
  return {
    transferId: r.transferId,
    amount: r.amount.toString(),
    creditor: r.creditor,
    creditorCpf: r.creditorCpf,
    purpose: r.purpose,
    status: s.status,
    settlement: s.settlement,
    endToEndId: s.endToEndId,
    filedAt: s.filedAt,
    settlesAt: s.settlesAt,
  };
}

export const ANY_CREDITOR = '*';

/** The script's row key: its creditor's PIX key or account number, else any creditor. */
export const subjectOf = (target: { pixKey?: string; accountNumber?: string }): string =>
  target.pixKey !== undefined ? `PIX:${target.pixKey}` : target.accountNumber !== undefined ? `ACCOUNT:${target.accountNumber}` : ANY_CREDITOR;

export function scriptOf(row: OutcomeScriptRow): OutcomeScript {
  const target = row.subject.startsWith('PIX:') ? { pixKey: row.subject.slice(4) } : row.subject.startsWith('ACCOUNT:') ? { accountNumber: row.subject.slice(8) } : {};
  return { ...target, settlement: row.settlement, ...(row.settlementMs === null ? {} : { settlementMs: row.settlementMs }), remaining: row.remaining };
}
