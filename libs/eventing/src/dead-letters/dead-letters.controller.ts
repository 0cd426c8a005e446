import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Secured } from '@consignado/auth';
import type { ReplayReport } from '@consignado/messaging';
import { Audited } from '@consignado/service-kit';
import type { DeadLetterBacklog } from './dead-letter-backlog';
import { DeadLetters } from './dead-letters';
import { ReplayRequestDto } from './replay-request.dto';

/**
 * The service's dead letters (docs/security.md): DLQ_OPERATOR replays them, an auditor may count
 * them. Replay is `@Audited`: an app without service-kit's AuditModule fails at start-up (Nest
 * cannot build the AuditInterceptor without its AuditTrail) rather than replay unaudited.
 */
@ApiTags('dead letters')
@Controller('v1/admin/dead-letters')
export class DeadLettersController {
  constructor(@Inject(DeadLetters) private readonly deadLetters: DeadLetters) {}

  @Get()
  @Secured({ scopes: ['backoffice'], roles: ['DLQ_OPERATOR', 'AUDITOR'] })
  @ApiOkResponse({ description: 'How many dead letters wait for replay, per partition of the DLQ topic' })
  backlog(): Promise<DeadLetterBacklog> {
    return this.deadLetters.backlog();
  }

  /** Re-publishes dead letters to their topics for this service's consumer to try again (CLI twin: replay-dlq). */
  @Post('replay')
  @HttpCode(200)
  @Secured({ scopes: ['backoffice'], roles: ['DLQ_OPERATOR'] })
  @Audited('dead-letters.replay')
  @ApiOkResponse({ description: '{ replayed, skipped, truncated, unreadable }' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY — an unknown event type or reason, a limit outside 1..10000, an unknown field' })
  @ApiConflictResponse({ description: 'DLQ.REPLAY_CONFLICT — a replay is already running in this instance' })
  replay(@Body() body: ReplayRequestDto): Promise<ReplayReport> {
    return this.deadLetters.replay(body);
  }
}
