import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { MONEY_INPUT } from '../../../../shared/http/input';

/** The destination's TED of the balance (STR0047). */
export class TransferRequest {
  @ApiProperty({ example: '10234.56', description: 'Exatamente o saldo devedor informado pela origem' })
  @IsString()
  @Matches(MONEY_INPUT)
  amount!: string;
}
