import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

/** The CPF that must hold the benefit (checked with its check digits: 422 when invalid). */
export class HolderQuery {
  @ApiProperty({ example: '52998224725', description: 'CPF do titular do benefício (11 dígitos)' })
  @IsString()
  @MaxLength(14)
  cpf!: string;
}
