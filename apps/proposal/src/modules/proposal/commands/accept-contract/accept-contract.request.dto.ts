import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class AcceptContractRequestDto {
  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', description: 'SHA-256 of the CCB read (GET /v1/contracts/{contractId}/ccb), 64 lower-case hex characters' })
  @IsString()
  @Matches(/^[0-9a-f]{64}$/, { message: 'documentHash must be a SHA-256 in 64 lower-case hex characters' })
  documentHash!: string;
}
