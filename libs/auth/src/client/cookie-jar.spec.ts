import { CookieJar } from './cookie-jar';

describe('CookieJar', () => {
  it('sends the latest value of each cookie and forgets expired ones', () => {
    const jar = new CookieJar();
    expect(jar.header()).toBeUndefined();
    jar.storeLine('_interaction=abc; path=/interaction/abc; httponly; samesite=lax');
    jar.storeLine('_session=s1; path=/; expires=Wed, 01 Jan 2200 00:00:00 GMT');
    jar.storeLine('_interaction=def; path=/interaction/def');
    expect(jar.header()).toBe('_interaction=def; _session=s1');
    jar.storeLine('_interaction=; path=/interaction/def; expires=Thu, 01 Jan 1970 00:00:00 GMT');
    jar.storeLine('_session=gone; max-age=0');
    expect(jar.header()).toBeUndefined();
  });

  it('ignores a line without a name', () => {
    const jar = new CookieJar();
    jar.storeLine('=nameless; path=/');
    expect(jar.header()).toBeUndefined();
  });
});
