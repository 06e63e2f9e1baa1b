import { bearer, describeWithPostgres, GOOD_PASSWORD, json, signUp, sleep, until, type TestApp } from './support';
import { newKey, currentKey, viaHeader } from './support/api-keys';
import { startProxiedPair, type ProxiedPair } from './support/proxied-pair';
import type { TcpProxy } from './support/tcp-proxy';

/** The app's own pool (not its change feed, whose application_name goes on with "/change-feed"). */
const POOL_CONNECTIONS = 'application_name\u0000ai-error-translator\u0000';
const CHANGE_FEED = 'ai-error-translator/change-feed';

/**
 * The caches that spare authenticated requests a query must never outlive a change, however the
 * change and the notification about it race a read. Instance A reaches the database through a
 * proxy that holds some of its bytes; B reaches it directly. A's heartbeat is long, so A's feed
 * counts as live throughout and its caches are trusted: only invalidation keeps them right.
 */
describeWithPostgres('cache invalidation racing the change feed and reads in flight', () => {
  let pair: ProxiedPair;
  let proxy: TcpProxy;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    pair = await startProxiedPair({ CHANGE_FEED_HEARTBEAT_MS: '60000' });
    ({ proxy, proxied: a, direct: b } = pair);
  });
  afterAll(async () => pair?.stop());

  it('an API key deactivated on an instance is refused there at once, without waiting for its change feed', async () => {
    const session = await signUp(a);
    const { id, key } = await newKey(a, session);
    expect((await currentKey(a, viaHeader(key))).status).toBe(200); // cached on A
    // A's own notification about the key would arrive over this connection: it cannot.
    proxy.stall(CHANGE_FEED);
    try {
      expect((await a.request(`/users/me/api-keys/${id}`, json('DELETE', undefined, session.access))).status).toBe(204);
      const refused = await currentKey(a, viaHeader(key));
      expect(refused.status).toBe(401);
      expect(refused.body.detail).toBe('The API key is not valid or has been deactivated.');
    } finally {
      proxy.resume();
    }
  });

  it('a user read that started before a change elsewhere is not cached: old sessions end at once after a password change', async () => {
    const session = await signUp(b);
    const useToken = () => a.request('/users/me', bearer(session.access));
    // A has never seen this user: its query runs now, before the change, and its answer is held.
    proxy.holdReplies(POOL_CONNECTIONS);
    let started: Promise<{ status: number }>;
    try {
      started = useToken();
      await until(() => proxy.heldReplies > 0, 5_000, "A's user query has run");
      const changed = await b.request(
        '/users/me/change-password',
        json('POST', { current_password: GOOD_PASSWORD, new_password: 'Another-Sturdy-Passphrase-7' }, session.access),
      );
      expect(changed.status).toBe(204);
      // B's notification reaches A's feed (not held) before the old row does.
      await sleep(300);
    } finally {
      proxy.resume();
    }
    // Begun before the change, it may be answered with the row it read; what follows may not.
    expect((await started).status).toBe(200);
    const after = await useToken();
    expect(after.status).toBe(401);
    expect(after.body.detail).toMatch(/password/i);
  });
});
