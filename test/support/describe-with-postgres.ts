/** Tests that need a real server (proxies, killed connections) are skipped only without one; CI has one. */
export const describeWithPostgres: jest.Describe = process.env.AET_TEST_POSTGRES === '0' ? describe.skip : describe;
