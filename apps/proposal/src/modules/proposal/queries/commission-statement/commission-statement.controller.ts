import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { parseInputDate } from '../../../../shared/dates';
import { PartnerNotFoundError } from '../../domain/commission.errors';
import { statementPeriod } from '../../domain/statement-period';
import { CommissionStatementQuery } from './commission-statement.query';
import { CommissionStatementQueryDto } from './commission-statement.request.dto';
import { CommissionStatementView, commissionStatementView } from './commission-statement.view';
import { assertMayReadStatement, STATEMENT_RULE } from './statement-access';

/** A path partner id that is not a UUID names no partner: 404, like another partner's. */
const partnerIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new PartnerNotFoundError() });

@ApiTags('commissions')
@Secured(STATEMENT_RULE)
@Controller('v1/partners/:partnerId/commission-statement')
export class CommissionStatementController {
  constructor(@Inject(CommissionStatementQuery) private readonly statements: CommissionStatementQuery) {}

  /** A corban's commissions by event date: earned on activation, clawed back on the right of regret (seed 003 §6.3). */
  @Get()
  @ApiOkResponse({ type: CommissionStatementView })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY (from/to missing or malformed), COMMISSION.INVALID_DATE (no such day), COMMISSION.INVALID_PERIOD (to before from, more than 366 days)' })
  @ApiNotFoundResponse({ description: 'COMMISSION.PARTNER_NOT_FOUND — also another partner\'s statement, for a corban' })
  async get(@Param('partnerId', partnerIdPipe) partnerId: string, @Query() query: CommissionStatementQueryDto, @CurrentPrincipal() caller: Principal): Promise<CommissionStatementView> {
    assertMayReadStatement(caller, partnerId);
    const period = statementPeriod(parseInputDate(query.from, 'from', 'COMMISSION'), parseInputDate(query.to, 'to', 'COMMISSION'));
    return commissionStatementView(partnerId.toLowerCase(), await this.statements.execute(partnerId, period));
  }
}
