import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { CONTRACT_BLOCK_REASONS } from '@consignado/contracts';

export class BlockContractRequestDto {
  @ApiProperty({ enum: CONTRACT_BLOCK_REASONS, example: 'JUDICIAL_ORDER' })
  @IsIn(CONTRACT_BLOCK_REASONS)
  reason!: (typeof CONTRACT_BLOCK_REASONS)[number];

  @ApiProperty({ example: 'Ofício 1234/2026, 2ª Vara Cível de Campinas', description: 'Why, for the record (kept sealed in loan; never on Kafka)' })
  @IsString()
  @MaxLength(500)
  @Matches(/\S/)
  note!: string;
}

export class UnblockContractRequestDto {
  @ApiProperty({ example: 'Ordem judicial revogada (ofício 1300/2026)', description: 'Why the block is lifted, for the record' })
  @IsString()
  @MaxLength(500)
  @Matches(/\S/)
  note!: string;
}
