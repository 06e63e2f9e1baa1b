import { bearer, describeWithPostgres, json, signUp, sleep, until, type TestApp } from './support';
import { startProxiedPair, type ProxiedPair } from './support/proxied-pair';
import type { TcpProxy } from './support/tcp-proxy';

/** Instance A reaches the database through a proxy the tests stall or cut; instance B directly. */
describeWithPostgres('revocations made elsewhere while an instance has lost its change feed', () => {
  let pair: ProxiedPair;
  let proxy: TcpProxy;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    pair = await startProxiedPair({ CHANGE_FEED_HEARTBEAT_MS: '500' });
    ({ proxy, proxied: a, direct: b } = pair);
  });
  afterAll(async () => pair.stop());

  it('a feed connection that silently stops answering is noticed, and a logout elsewhere is refused within seconds', async () => {
    const session = await signUp(b);
    expect((await a.request('/users/me', bearer(session.access))).status).toBe(200); // user cached on A
    // Only the LISTEN connection (named by its application_name) stalls: nothing is closed, so
    // only a heartbeat can tell; A's pool keeps working.
    proxy.stall('ai-error-translator/change-feed');
    try {
      expect((await b.request('/auth/logout', json('POST', {}, session.access))).status).toBe(204);
      await until(async () => (await a.request('/users/me', bearer(session.access))).status === 401, 5_000, 'A refuses the revoked token');
      // Other tokens keep working meanwhile: A asks the database instead of its caches.
      const other = await signUp(b);
      expect((await a.request('/users/me', bearer(other.access))).status).toBe(200);
    } finally {
      proxy.resume();
    }
    await until(() => a.logs.some((entry) => /change feed listening again/.test(String(entry.msg))), 10_000, 'feed back');
    expect(a.logs.filter((entry) => /change feed down/.test(String(entry.msg)))).toHaveLength(1);
  });

  it('never accepts a token or an API key revoked elsewhere while cut off: 503 while cut, 401 once back', async () => {
    const session = await signUp(b);
    const created = await b.request('/users/me/api-keys', json('POST', { name: 'ci' }, session.access));
    expect(created.status).toBe(201);
    const withKey = { headers: { 'x-api-key': created.body.key as string } };
    const useToken = () => a.request('/users/me', bearer(session.access));
    const useKey = () => a.request('/users/me/api-keys/current', withKey);
    // Both cached on A.
    expect((await useToken()).status).toBe(200);
    expect((await useKey()).status).toBe(200);

    proxy.cut();
    const seen: number[] = [];
    try {
      expect((await b.request(`/users/me/api-keys/${created.body.id}`, json('DELETE', undefined, session.access))).status).toBe(204);
      expect((await b.request('/auth/logout', json('POST', {}, session.access))).status).toBe(204);
      for (let round = 0; round < 10; round += 1) {
        const [token, key] = await Promise.all([useToken(), useKey()]);
        seen.push(token.status, key.status);
        await sleep(50);
      }
    } finally {
      proxy.restore();
    }
    expect(new Set(seen)).toEqual(new Set([503]));

    await until(
      async () => {
        const [token, key] = await Promise.all([useToken(), useKey()]);
        seen.push(token.status, key.status);
        return token.status === 401 && key.status === 401;
      },
      10_000,
      'A refuses both once back',
    );
    expect(seen.filter((status) => status < 300)).toEqual([]);
  });
});
