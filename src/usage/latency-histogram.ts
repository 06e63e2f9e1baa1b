/**
 * Response-time histograms with fixed log-scale buckets, so that a percentile over any range of
 * days can be read from daily roll-ups (summing counts) instead of from every logged request.
 * Pure: shared by the analytics service and its tests.
 *
 * Bucket i holds response times t (whole ms) with BOUNDS[i] ≤ t < BOUNDS[i + 1]; the last bucket
 * is open-ended. The bounds are ⌈2^(k/4)⌉ for k = 0…80 (and 0): each bucket is at most ~19% wide,
 * exact below 8 ms, and the last starts at 2^20 ms (17.5 minutes). The UsageDailyRollup
 * migration holds the same list for SQL (`usage_latency_bucket`); a test keeps the two equal.
 */
export const LATENCY_BUCKET_BOUNDS: readonly number[] = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 23, 27, 32, 39, 46, 54, 64, 77, 91, 108, 128, 153, 182, 216, 256, 305, 363, 431, 512, 609, 725,
  862, 1024, 1218, 1449, 1723, 2048, 2436, 2897, 3445, 4096, 4871, 5793, 6889, 8192, 9742, 11586, 13778, 16384, 19484, 23171, 27555, 32768,
  38968, 46341, 55109, 65536, 77936, 92682, 110218, 131072, 155872, 185364, 220436, 262144, 311744, 370728, 440872, 524288, 623488, 741456,
  881744, 1048576,
];

/** The index of the bucket holding a response time (negative times count as 0). */
export function latencyBucketOf(ms: number): number {
  let low = 0;
  let high = LATENCY_BUCKET_BOUNDS.length - 1;
  const value = Math.max(0, Math.floor(ms));
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (LATENCY_BUCKET_BOUNDS[middle] <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The largest whole-ms time bucket i holds (its own lower bound for the open-ended last one). */
export function bucketUpperBound(index: number): number {
  const next = LATENCY_BUCKET_BOUNDS[index + 1];
  return next === undefined ? LATENCY_BUCKET_BOUNDS[index] : next - 1;
}

/** Adds `counts` into `total` element by element (histograms are trimmed, so lengths differ). */
export function addHistogram(total: number[], counts: readonly number[]): number[] {
  for (let i = 0; i < counts.length; i += 1) total[i] = (total[i] ?? 0) + counts[i];
  return total;
}

/**
 * The nearest-rank percentile (the smallest time that at least `percent`% of the requests did not
 * exceed), approximated by the upper end of the bucket it falls in: never below the true value,
 * at most one bucket (~19%) above it. Null for an empty histogram.
 */
export function percentileUpperBound(histogram: readonly number[], percent: number): number | null {
  const total = histogram.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  // Integer arithmetic: 0.95 * 60 is 57.00000000000001 in floating point, and ceil would say 58.
  const rank = Math.max(1, Math.ceil((percent * total) / 100));
  let seen = 0;
  for (let i = 0; i < histogram.length; i += 1) {
    seen += histogram[i];
    if (seen >= rank) return bucketUpperBound(i);
  }
  return bucketUpperBound(histogram.length - 1);
}

/** A histogram as PostgreSQL prints an integer[] (`{3,0,7}`, `{}`), read without a generic array parser. */
export function parseHistogram(text: string): number[] {
  return text.length <= 2 ? [] : text.slice(1, -1).split(',').map(Number);
}
