export { AccessGuard } from './access.guard';
export { AccessTokenVerifier, type VerifierOptions } from './access-token.verifier';
export { ACCESS_RULE, type AccessRule, type AuthenticatedRequest, CurrentPrincipal, Public, PUBLIC_ROUTE, Secured } from './access.decorators';
export { AuthError } from './auth.errors';
export { authorize } from './authorize';
export { principalFromClaims } from './claims';
export {
  API_SCOPES, type ApiScope, boundCustomerOf, type CustomerPrincipal, mayActFor, type OperatorPrincipal, type PartnerPrincipal,
  type Principal, STAFF_ROLES, type StaffRole,
} from './principal';
