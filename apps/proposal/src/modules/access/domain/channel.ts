import type { OriginationChannel } from '@consignado/contracts';

/** URL segment of each channel's entry: `/v1/digital/...`, `/v1/corban/...`, `/v1/internal/...` (R-PR-1). */
const BY_SEGMENT: Readonly<Record<string, OriginationChannel>> = {
  digital: 'DIGITAL',
  corban: 'CORBAN',
  internal: 'INTERNAL',
};

export const CHANNEL_SEGMENTS = Object.keys(BY_SEGMENT);

/** The channel a path segment names, or undefined for anything else. */
export function channelOfSegment(segment: string | undefined): OriginationChannel | undefined {
  return segment !== undefined && Object.hasOwn(BY_SEGMENT, segment) ? BY_SEGMENT[segment] : undefined;
}
