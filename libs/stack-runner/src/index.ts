export { smppPortOf, smtpPortOf, STACK_SERVICES, type StackService, type StackServiceName } from './services';
export { launchStack, type LaunchOptions, type RunningStack, type ServiceInstance } from './launch';
export {
  acceptAsCustomer, awaitsAcceptance, ChannelClient, CustomerClient, FINAL_PROPOSAL_STATES, FormalizationError, followProposal, type AcceptanceOutcome, type CcbDownload, type Channel, type FollowOptions, type FormalizationStep, type HttpResult, type OriginationUrls, type PayoutAccountInput, type PortabilityProposal, type RefinancingProposal, type StateChange, type TokenSource,
} from './client';
export { daysAgo, randomBenefitNumber, randomCpf, randomCpfScoring } from './people';
export { PersonalizationClient, type SeedFeedback } from './personalization';
export { ServicingClient, type NotificationRecord, type RenegotiationRequest, type ServicingTokens, type SunkMail } from './servicing';
export { CHANNEL_CALLERS, StackIdentity, type Caller, type StackClientId, type TokenIssuer } from './identity';
export { CounterpartsClient, CTC_ADMIN_DEV_KEY, OUR_ISPB, type IncomingPortability, type OriginContract } from './exchange';
export { PrivacyClient } from './privacy';
export { RAIL_ADMIN_DEV_KEY, RailDesk, type RailRejection } from './rail';
