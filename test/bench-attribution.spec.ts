import { Client } from 'pg';
import { connectedLocalPorts, postgresClientPorts, postgresCpuSeconds } from '../bench/machine';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from './support';

/**
 * `npm run bench` puts PostgreSQL's CPU down to the server whose connection each backend serves
 * (usage logging's cost, issue 17): a backend must be found from the port of the client's socket.
 */
describeWithPostgres("the bench's PostgreSQL attribution", () => {
  let database: TestDatabase;
  const clients: Client[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end()));
    await database?.drop();
  });

  it("finds the backends serving this process's connections, and only those, by their client ports", async () => {
    const url = new URL(database.url);
    const name = url.pathname.slice(1);
    const backends: number[] = [];
    for (let i = 0; i < 2; i++) {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      clients.push(client);
      const [row] = (await client.query('SELECT pg_backend_pid() AS pid')).rows as Array<{ pid: number }>;
      backends.push(row.pid);
    }
    const ports = connectedLocalPorts(process.pid, Number(url.port || 5432));
    const portOfBackend = postgresClientPorts(name);
    const ours = [...portOfBackend].filter(([, port]) => ports.has(port)).map(([pid]) => pid);
    expect(ours.sort()).toEqual([...backends].sort());
    // The parent process holds no connection of its own to this database.
    const parents = connectedLocalPorts(process.ppid, Number(url.port || 5432));
    expect([...portOfBackend.values()].filter((port) => parents.has(port))).toEqual([]);
    // The backends found are PostgreSQL processes whose CPU the bench reads.
    const cpu = postgresCpuSeconds(name);
    for (const pid of backends) expect(cpu?.has(pid)).toBe(true);
  });
});
