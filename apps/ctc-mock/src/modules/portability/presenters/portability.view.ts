import { ApiProperty } from '@nestjs/swagger';
import type { Portability } from '../domain/portability';
import { PORTABILITY_STATUSES } from '../domain/portability-status';
import { ClosureView, SettlementView, TransferView } from './outcome.view';
import { AnswerView, OfferView } from './terms.view';

/** A portability as both its institutions see it (GET, and every feed message's snapshot). */
export class PortabilityView {
  @ApiProperty({ example: '202502280000000000424', description: 'NU: 21 dígitos' }) portabilityNumber!: string;
  @ApiProperty({ enum: PORTABILITY_STATUSES }) status!: string;
  @ApiProperty({ example: '99100001', description: 'ISPB da instituição credora (origem)' }) originIspb!: string;
  @ApiProperty({ example: '99000001', description: 'ISPB da instituição proponente (destino)' }) destinationIspb!: string;
  @ApiProperty({ example: 'CT-778' }) originContractNumber!: string;
  @ApiProperty({ example: '52998224725' }) cpf!: string;
  @ApiProperty({ type: OfferView, nullable: true }) offer!: OfferView | null;
  @ApiProperty() requestedAt!: string;
  @ApiProperty({ example: '2025-02-28' }) requestDate!: string;
  @ApiProperty({ example: '2025-03-11', description: 'Último dia para a origem responder (dias úteis)' }) answerDeadline!: string;
  @ApiProperty({ type: AnswerView, nullable: true }) answer!: AnswerView | null;
  @ApiProperty({ type: TransferView, nullable: true }) transfer!: TransferView | null;
  @ApiProperty({ type: SettlementView, nullable: true }) settlement!: SettlementView | null;
  @ApiProperty({ type: ClosureView, nullable: true }) closure!: ClosureView | null;
  @ApiProperty() statusUpdatedAt!: string;

  static from(p: Portability): PortabilityView {
    const s = p.state;
    return {
      portabilityNumber: s.nu,
      status: s.status,
      originIspb: s.originIspb,
      destinationIspb: s.destinationIspb,
      originContractNumber: s.originContractNumber,
      cpf: s.cpf.toString(),
      offer: s.offer ? OfferView.from(s.offer) : null,
      requestedAt: s.requestedAt.toISOString(),
      requestDate: s.requestDate.toString(),
      answerDeadline: s.answerDeadline.toString(),
      answer: s.answer ? AnswerView.from(s.answer) : null,
      transfer: s.transfer ? TransferView.from(s.transfer) : null,
      settlement: s.settlement ? SettlementView.from(s.settlement) : null,
      closure: s.closure ? ClosureView.from(s.closure) : null,
      statusUpdatedAt: s.statusChangedAt.toISOString(),
    };
  }
}
