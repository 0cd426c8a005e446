import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, type Participant, ParticipantApi } from '../../../../shared/http/participant.guard';
import { CtcCall } from '../../../chaos/ctc-call.decorator';
import { FeedMessageView, FeedView } from './feed.view';
import { ReadFeedHandler } from './read-feed.handler';
import { ReadFeedQuery } from './read-feed.query';

@ApiTags('participant')
@ParticipantApi()
@Controller('v1/messages')
export class ReadFeedController {
  constructor(private readonly handler: ReadFeedHandler) {}

  @Get()
  @CtcCall('READ_FEED')
  @ApiOperation({ summary: 'Feed das mudanças de status das portabilidades do participante, em ordem; pelo menos uma vez: guarde o cursor e trate repetições' })
  @ApiOkResponse({ type: FeedView })
  async read(@Caller() caller: Participant, @Query() query: ReadFeedQuery): Promise<FeedView> {
    const page = await this.handler.execute(caller.ispb, BigInt(query.after ?? '0'), query.limit ?? 100);
    return { messages: page.messages.map((m) => FeedMessageView.from(m)), nextCursor: page.nextCursor };
  }
}
