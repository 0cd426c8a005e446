import { apiScopesOf, decideScopes } from './scopes';

describe('API scope policy', () => {
  const corban = apiScopesOf('origination');

  it('reads the API scopes out of a client scope, in contract order', () => {
    expect(apiScopesOf('openid backoffice origination')).toEqual(['origination', 'backoffice']);
    expect(apiScopesOf(undefined)).toEqual([]);
  });

  it('refuses a scope the client is not registered for', () => {
    expect(decideScopes('origination backoffice', corban, true)).toEqual({ ok: false, refused: 'backoffice' });
    expect(decideScopes('made-up', corban, false)).toEqual({ ok: false, refused: 'made-up' });
  });

  it('keeps a registered subset and the OIDC scopes as requested', () => {
    const ops = apiScopesOf('contracts:read payments:write backoffice');
    expect(decideScopes('backoffice', ops, true)).toEqual({ ok: true, scope: 'backoffice' });
    expect(decideScopes('openid contracts:read', ops, false)).toEqual({ ok: true, scope: 'openid contracts:read' });
  });

  it('gives client credentials without scope every registered API scope; others nothing more', () => {
    expect(decideScopes(undefined, ['contracts:read', 'backoffice'], true)).toEqual({ ok: true, scope: 'contracts:read backoffice' });
    expect(decideScopes(undefined, ['contracts:read'], false)).toEqual({ ok: true, scope: undefined });
  });
});
