import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The documentation stays true of the repository: the environment variables `.env.example`, the
 * configuration schema and docs/configuration.md name are the same, every relative link and #anchor
 * of README.md and docs/*.md resolves, and the README's quick start calls routes that exist.
 * Reads files only: no server, no database.
 */

const ROOT = join(__dirname, '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** The properties of EnvironmentVariables: two-space indented `NAME = default;` or `NAME?: type;`. */
function schemaVariables(): string[] {
  const source = read('src/config/environment.schema.ts');
  return [...source.matchAll(/^ {2}([A-Z][A-Z0-9_]*)[?!]?\s*[:=]/gm)].map((match) => match[1]).sort();
}

/** `NAME=value  # comment` lines, commented-out ones (`# NAME=`) included. */
function envExampleVariables(): string[] {
  return [...read('.env.example').matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]).sort();
}

const MARKDOWN_FILES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** Markdown text outside fenced code blocks, with inline code spans blanked (`a[0](x)` is no link). */
function prose(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fenced = !fenced;
        return '';
      }
      return fenced ? '' : line.replace(/`[^`]*`/g, '``');
    })
    .join('\n');
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const slug = heading[1]
      .replace(/`/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}_\- ]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** Every `[text](target)` whose target is not a URL with a scheme. */
function relativeLinks(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]).filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

describe('documentation', () => {
  it('.env.example and the configuration schema name the same variables', () => {
    // Every variable the schema reads is in .env.example, with its default and a comment: none is
    // deliberately left out, so there is no exception list.
    const schema = schemaVariables();
    expect(schema.length).toBeGreaterThan(50);
    expect({ missingFromEnvExample: schema.filter((name) => !envExampleVariables().includes(name)) }).toEqual({ missingFromEnvExample: [] });
    expect({ notInSchema: envExampleVariables().filter((name) => !schema.includes(name)) }).toEqual({ notInSchema: [] });
  });

  it('documents every variable of the schema in a table of docs/configuration.md', () => {
    const rows = read('docs/configuration.md')
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .join('\n');
    const documented = new Set([...rows.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1]));
    expect({ undocumented: schemaVariables().filter((name) => !documented.has(name)) }).toEqual({ undocumented: [] });
  });

  it('has every relative link of README.md and docs/*.md pointing at a file, and every #anchor at a heading', () => {
    const broken: string[] = [];
    for (const file of MARKDOWN_FILES) {
      for (const target of relativeLinks(read(file))) {
        const [path, anchor] = target.split('#', 2) as [string, string | undefined];
        const resolved = path === '' ? join(ROOT, file) : resolve(ROOT, dirname(file), decodeURIComponent(path));
        if (!resolved.startsWith(ROOT + '/') || !existsSync(resolved)) {
          broken.push(`${file}: ${target} (no such file in the repository)`);
          continue;
        }
        if (anchor === undefined) continue;
        const isMarkdown = statSync(resolved).isFile() && resolved.endsWith('.md');
        if (!isMarkdown || !anchorsOf(readFileSync(resolved, 'utf8')).has(anchor)) {
          broken.push(`${file}: ${target} (no heading #${anchor} in ${relative(ROOT, resolved)})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('checks links for real: a missing file and a missing anchor are both caught', () => {
    expect(relativeLinks('see [a](docs/nowhere.md) and `[b](not-a-link.md)` and [c](https://example.com)')).toEqual(['docs/nowhere.md']);
    expect(anchorsOf('# API\n## Rate limits and monthly quotas\n## `GET /x` (old)\n## Routes\n## Routes')).toEqual(
      new Set(['api', 'rate-limits-and-monthly-quotas', 'get-x-old', 'routes', 'routes-1']),
    );
  });

  it('README.md says nothing about work that has since landed, nor points outside the repository', () => {
    const readme = read('README.md');
    for (const stale of ['when it lands', 'for the routes to come', 'available now', 'see the closing notes', '../shared']) {
      expect({ stale, found: readme.toLowerCase().includes(stale) }).toEqual({ stale, found: false });
    }
  });

  it("has the README's curl quick start call routes that exist in openapi.json", () => {
    const paths = (JSON.parse(read('openapi.json')) as { paths: Record<string, Record<string, unknown>> }).paths;
    const calls = read('README.md')
      .split('\n')
      .filter((line) => /\bcurl\s/.test(line))
      .map((line) => {
        const url = /https?:\/\/[^\s'"]+/.exec(line)?.[0] ?? '';
        const method = /-X\s*([A-Z]+)/.exec(line)?.[1] ?? (/\s(-d|--data\S*)\s/.test(line) ? 'POST' : 'GET');
        return { method: method.toLowerCase(), path: new URL(url).pathname };
      });
    expect(calls.length).toBeGreaterThanOrEqual(5);
    const missing = calls.filter(({ method, path }) => paths[path]?.[method] === undefined);
    expect(missing).toEqual([]);
  });
});
