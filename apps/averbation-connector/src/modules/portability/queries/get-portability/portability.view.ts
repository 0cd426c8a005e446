import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PortabilityInRow, PortabilityOutRow } from '../../database/portability.orm-entities';
import type { PortabilityInState } from '../../domain/portability-in-state';
import type { PortabilityOutState } from '../../domain/portability-out-state';

type Problem = { code: string; message: string };

/** A portability as the connector knows it (never the CPF). `direction` IN: we are the destination; OUT: the origin. */
export class PortabilityView {
  @ApiProperty({ enum: ['IN', 'OUT'] }) direction!: 'IN' | 'OUT';
  @ApiPropertyOptional({ example: '202502280000000000424', description: 'NU (IN: known once the exchange registered the request)' }) portabilityNumber?: string;
  @ApiProperty({ description: 'IN: OPENING, AWAITING_BALANCE, BALANCE_RECEIVED, LAPSED, TRANSFERRING, AWAITING_SETTLEMENT, COMPLETED, REQUEST_FAILED, TRANSFER_FAILED, CANCELLING, CANCELLED, CANCELLATION_FAILED; OUT: REFUSING_UNKNOWN, REQUESTED, ANSWERING, REFUSING, ANSWERED, REFUSED, ANSWER_FAILED, FUNDS_RECEIVED, CONFIRMING, COMPLETED, CONFIRMATION_FAILED, CLOSED' })
  status!: string;
  @ApiPropertyOptional({ example: 'ACCEPTED_SETTLEMENT_IN_PROGRESS', description: 'O último status visto na câmara' }) exchangeStatus?: string;
  @ApiPropertyOptional() proposalId?: string;
  @ApiPropertyOptional() contractId?: string;
  @ApiProperty({ example: '99100001' }) originIspb!: string;
  @ApiProperty({ example: 'CTR-000123' }) originContractNumber!: string;
  @ApiPropertyOptional({ example: '99200002' }) destinationIspb?: string;
  @ApiPropertyOptional({ description: 'IN: a resposta da origem (saldo, data, parcelas, parcela, taxa, prazo para transferir)' }) balance?: object;
  @ApiPropertyOptional({ description: 'IN: contraproposta de retenção mostrada pela origem' }) retentionOffer?: object;
  @ApiPropertyOptional({ description: 'OUT: a resposta do loan (PortabilityOutAnswered)' }) answer?: object;
  @ApiPropertyOptional({ example: '10234.56', description: 'O valor transferido (IN: por nós; OUT: recebido)' }) transferAmount?: string;
  @ApiPropertyOptional({ example: 'QUIT-CT-778' }) settlementReceipt?: string;
  @ApiPropertyOptional({ description: 'Como a câmara encerrou: kind, reason, by, at' }) closure?: object;
  @ApiPropertyOptional({ description: 'IN: o que foi informado ao encerrar sem concluir (reason, code, message)' }) failure?: object;
  @ApiPropertyOptional({ example: '2025-02-28' }) requestDate?: string;
  @ApiPropertyOptional({ example: '2025-03-11' }) answerDeadline?: string;
  @ApiProperty({ description: 'Chamadas à câmara do passo atual até agora' }) attempts!: number;
  @ApiPropertyOptional() nextAttemptAt?: string;
  @ApiPropertyOptional() lastError?: Problem;

  static fromIn(row: PortabilityInRow): PortabilityView {
    const d = row.detail as unknown as PortabilityInState;
    const pending = ['OPENING', 'TRANSFERRING', 'CANCELLING'].includes(row.status);
    return {
      direction: 'IN',
      ...(row.portabilityNumber ? { portabilityNumber: row.portabilityNumber } : {}),
      status: row.status,
      ...(d.exchangeStatus ? { exchangeStatus: d.exchangeStatus } : {}),
      proposalId: row.proposalId,
      ...(row.contractId ? { contractId: row.contractId } : {}),
      originIspb: d.originIspb,
      originContractNumber: d.originContractNumber,
      ...(d.answer ? { balance: d.answer } : {}),
      ...(d.retentionOffer ? { retentionOffer: d.retentionOffer } : {}),
      ...(d.transferAmount ? { transferAmount: d.transferAmount } : {}),
      ...(d.settlementReceipt ? { settlementReceipt: d.settlementReceipt } : {}),
      ...(d.closure ? { closure: d.closure } : {}),
      ...(d.failure ? { failure: d.failure } : {}),
      attempts: row.attempts,
      ...(pending ? { nextAttemptAt: row.nextAttemptAt.toISOString() } : {}),
      ...(d.lastError ? { lastError: d.lastError } : {}),
    };
  }

  static fromOut(row: PortabilityOutRow, ours: string): PortabilityView {
    const d = row.detail as unknown as PortabilityOutState;
    const pending = ['REFUSING_UNKNOWN', 'ANSWERING', 'REFUSING', 'CONFIRMING'].includes(row.status);
    return {
      direction: 'OUT',
      portabilityNumber: row.portabilityNumber,
      status: row.status,
      ...(d.exchangeStatus ? { exchangeStatus: d.exchangeStatus } : {}),
      ...(row.contractId ? { contractId: row.contractId } : {}),
      originIspb: ours,
      originContractNumber: d.originContractNumber,
      destinationIspb: d.destinationIspb,
      requestDate: d.requestDate,
      answerDeadline: d.answerDeadline,
      ...(d.answer ? { answer: d.answer } : {}),
      ...(d.fundsAmount ? { transferAmount: d.fundsAmount } : {}),
      ...(d.settlementReceipt ? { settlementReceipt: d.settlementReceipt } : {}),
      ...(d.closure ? { closure: d.closure } : {}),
      attempts: row.attempts,
      ...(pending ? { nextAttemptAt: row.nextAttemptAt.toISOString() } : {}),
      ...(d.lastError ? { lastError: d.lastError } : {}),
    };
  }
}

export class PortabilityListView {
  @ApiProperty({ type: [PortabilityView] }) items!: PortabilityView[];
}
