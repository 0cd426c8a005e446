import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CONTRACT_NUMBER_INPUT, ISPB_INPUT, parseCpf } from '../../../../shared/http/input';
import { OfferDto } from '../../../../shared/http/terms.dto';
import { offerOf } from '../../../portability/commands/request-portability/request-portability.command';
import type { PortabilityRequest } from '../../../portability/domain/portability-state';
import { DESTINATION_BEHAVIOURS, type DestinationBehaviour } from '../../domain/simulated-bank';

/** A simulated destination bank asks a participant for one of its contracts. */
export class OpenIncomingPortabilityRequest {
  @ApiProperty({ example: '99200002', description: 'ISPB do banco simulado (destino; não pode ser de um participante)' }) @IsString() @Matches(ISPB_INPUT) destinationIspb!: string;
  @ApiProperty({ example: '99000001', description: 'ISPB do participante credor (origem)' }) @IsString() @Matches(ISPB_INPUT) originIspb!: string;
  @ApiProperty({ example: 'CTR-000123' }) @IsString() @Matches(CONTRACT_NUMBER_INPUT) originContractNumber!: string;
  @ApiProperty({ example: '52998224725' }) @IsString() @MaxLength(14) cpf!: string;

  @ApiPropertyOptional({ type: OfferDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfferDto)
  offer?: OfferDto;

  @ApiProperty({ enum: DESTINATION_BEHAVIOURS, description: 'Depois da resposta: TRANSFER (o saldo exato), CANCEL ou NO_TRANSFER (o prazo vence)' })
  @IsIn(DESTINATION_BEHAVIOURS)
  behaviour!: DestinationBehaviour;

  @ApiPropertyOptional({ example: 2000, description: 'Demora para agir depois da resposta (padrão CTC_SIMULATED_DELAY_MS)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  delayMs?: number;
}

export const toRequest = (body: OpenIncomingPortabilityRequest): PortabilityRequest => ({
  originIspb: body.originIspb,
  destinationIspb: body.destinationIspb,
  originContractNumber: body.originContractNumber,
  cpf: parseCpf(body.cpf),
  ...(body.offer ? { offer: offerOf(body.offer) } : {}),
});
