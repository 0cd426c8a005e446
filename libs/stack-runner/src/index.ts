export { smtpPortOf, STACK_SERVICES, type StackService, type StackServiceName } from './services';
export { launchStack, type LaunchOptions, type RunningStack } from './launch';
export { CHANNEL_DEV_KEYS, ChannelClient, FINAL_PROPOSAL_STATES, followProposal, type Channel, type HttpResult, type PortabilityProposal, type RefinancingProposal, type StateChange } from './client';
export { daysAgo, randomBenefitNumber, randomCpf } from './people';
export { PAYMENT_ADMIN_DEV_KEY, ServicingClient, type NotificationRecord, type SunkMail } from './servicing';
export { CounterpartsClient, CTC_ADMIN_DEV_KEY, OUR_ISPB, type IncomingPortability, type OriginContract } from './exchange';
