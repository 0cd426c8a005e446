import { eventAbuseSuite } from './abuse-events';
import { httpAbuseSuite } from './abuse-http';

/**
 * Issue 9, R-X-1: the abuse corpus, run last, when no journey is in flight — first over HTTP,
 * then over Kafka — each against a snapshot of the idle stack. After the personal-data scan: the
 * corpus' envelopes carry the catalogue's example personal data in clear (consumers accept clear
 * values), which that scan would count; and its last case may leave consumers stuck (a bug it
 * reports), which no suite after it should have to live with.
 */
export function abuseSuite(): void {
  httpAbuseSuite();
  eventAbuseSuite();
}
