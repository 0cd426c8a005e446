import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { Audited } from '@consignado/service-kit';
import { requesterOf } from '../../data-subject.rule';
import { type RetentionRun, RunRetentionHandler } from './run-retention.handler';

export class RunRetentionRequestDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 10000, default: 1000, description: 'Customers examined in this run, oldest activity first' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10000)
  limit?: number;
}

export class RetentionRunView {
  @ApiProperty() asOf!: string;
  @ApiProperty() retentionDays!: number;
  @ApiProperty() examined!: number;
  @ApiProperty({ type: [String] }) opened!: string[];
  @ApiProperty() skipped!: number;
}

@ApiTags('personal data (LGPD)')
@Secured({ scopes: ['privacy'], roles: ['PRIVACY_OFFICER'] })
@Controller('v1/admin/jobs/personal-data-retention')
export class RunRetentionController {
  constructor(@Inject(RunRetentionHandler) private readonly handler: RunRetentionHandler) {}

  /** Opens a RETENTION erasure for every customer quiet for longer than PERSONAL_DATA_RETENTION_DAYS (README, "Retention"). */
  @Post('run')
  @HttpCode(200)
  @Audited('personal-data.retention-run')
  @ApiOkResponse({ type: RetentionRunView })
  run(@Body() body: RunRetentionRequestDto, @CurrentPrincipal() caller: Principal): Promise<RetentionRun> {
    return this.handler.execute(requesterOf(caller).requestedBy, body.limit ?? 1000);
  }
}
