import type { InteractionView, Provider } from 'oidc-provider';

interface ConsentDetails {
  missingOIDCScope?: string[];
  missingOIDCClaims?: string[];
  missingResourceScopes?: Record<string, string[]>;
}

/**
 * Grants what the consent prompt says is missing (requested scopes, claims and resource scopes):
 * every registered client is first-party, so nobody is asked. The grant's id, for the interaction result.
 */
export async function grantEverythingRequested(provider: Provider, details: InteractionView): Promise<string> {
  const missing = details.prompt.details as ConsentDetails;
  const existing = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
  const grant = existing ?? new provider.Grant({ accountId: details.session?.accountId, clientId: String(details.params['client_id']) });
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [resource, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant.addResourceScope(resource, scopes.join(' '));
  return grant.save();
}
