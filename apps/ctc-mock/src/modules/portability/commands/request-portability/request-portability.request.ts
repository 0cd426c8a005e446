import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CONTRACT_NUMBER_INPUT, ISPB_INPUT } from '../../../../shared/http/input';
import { OfferDto } from '../../../../shared/http/terms.dto';

/** The destination asks for a contract at another institution. */
export class RequestPortabilityRequest {
  @ApiProperty({ example: '99100001', description: 'ISPB da instituição credora (origem)' })
  @IsString()
  @Matches(ISPB_INPUT)
  originIspb!: string;

  @ApiProperty({ example: 'CT-778', description: 'Número do contrato na origem' })
  @IsString()
  @Matches(CONTRACT_NUMBER_INPUT)
  originContractNumber!: string;

  @ApiProperty({ example: '52998224725' })
  @IsString()
  @MaxLength(14)
  cpf!: string;

  @ApiPropertyOptional({ type: OfferDto, description: 'A oferta ao cliente (taxa, prazo, parcela, CET)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfferDto)
  offer?: OfferDto;
}
