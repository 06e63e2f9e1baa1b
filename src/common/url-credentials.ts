import { ProblemException } from './problem.exception';
import { ProblemType } from './problem-details';

/**
 * Query parameters that carry a credential by their name (`api_key`, `access_token`, `token`…).
 * A URL is kept by proxies, browser history and access logs, so a credential in one is leaked:
 * routes that take credentials refuse such a request (before any lookup), and every URL this
 * service writes to a log or a problem has their values masked.
 */
const CREDENTIAL_PARAMETER =
  /^(?:x[-_]?)?(?:api[-_]?key|key|(?:access|refresh|id|auth)[-_]?token|token|jwt|auth|authorization|bearer|password|secret)$/i;

const REDACTED = '[redacted]';

function parameterName(pair: string): string {
  const raw = pair.split('=', 1)[0].replaceAll('+', ' ');
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    return raw;
  }
}

/** The first query parameter of `url` that names a credential, or null. */
export function credentialParameterOf(url: string): string | null {
  const query = url.indexOf('?');
  if (query < 0) return null;
  for (const pair of url.slice(query + 1).split('&')) {
    const name = parameterName(pair);
    if (CREDENTIAL_PARAMETER.test(name)) return name;
  }
  return null;
}

/** `url` with the value of every credential parameter replaced, fit for a log line or a problem. */
export function redactedUrl(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const pairs = url
    .slice(query + 1)
    .split('&')
    .map((pair) => (CREDENTIAL_PARAMETER.test(parameterName(pair)) ? `${pair.split('=', 1)[0]}=${REDACTED}` : pair));
  return `${url.slice(0, query)}?${pairs.join('&')}`;
}

export function credentialsInUrl(parameter: string): ProblemException {
  return ProblemException.of(
    400,
    ProblemType.credentialsInUrl,
    `Credentials are not accepted in the URL (query parameter "${parameter.slice(0, 40)}"): URLs end up in logs and browser history. Send an API key in the X-API-Key header, an access token as Authorization: Bearer <token>, and revoke the credential you sent.`,
    { title: 'Credentials In URL' },
  );
}
