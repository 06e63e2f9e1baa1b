import type { Fix } from '../translation';

/**
 * The captures that name something in the user's own code or setup: an identifier, a file, a
 * package, a version, a port. An answer whose fixes talk about "the module" while the error
 * says `requests` reads like a template; these are the names the fixes must repeat. Captures
 * of free text (message, reason, detail) and of numbers without meaning of their own (line,
 * column) are not on the list.
 */
export const SUBJECT_CAPTURES: ReadonlySet<string> = new Set([
  'name',
  'file',
  'path',
  'type',
  'module',
  'package',
  'pkg',
  'crate',
  'gem',
  'dependency',
  'requirement',
  'version',
  'host',
  'port',
  'func',
  'function',
  'method',
  'member',
  'symbol',
  'class',
  'cls',
  'className',
  'column',
  'table',
  'relation',
  'database',
  'key',
  'field',
  'property',
  'attribute',
  'variable',
  'param',
  'identifier',
  'command',
  'image',
  'service',
  'constraint',
  'target',
  'header',
  'url',
  'user',
  'role',
  'branch',
  'remote',
]);

function mentions(haystack: string, value: string): boolean {
  if (haystack.includes(value)) return true;
  // A path is mentioned when its last part is (fixes say "open Foo.java", not the whole path),
  // a qualified name when its last part is (public.users: "users").
  const base = value.split(/[\\/]/).pop();
  if (base !== undefined && base.length >= 3 && base !== value && haystack.includes(base)) return true;
  const last = /[\\/]/.test(value) ? undefined : value.split(/::|\./).pop();
  return last !== undefined && last.length >= 3 && last !== value && haystack.includes(last);
}

/** The text of the fixes: titles, steps and code. */
export function fixesText(fixes: readonly Fix[]): string {
  return fixes.map((f) => `${f.title}\n${f.steps.join('\n')}\n${f.code ?? ''}`).join('\n');
}

/** Subject captures the fixes never mention, by group name (empty when every name is used). */
export function unusedCaptures(captures: Readonly<Record<string, string>>, fixes: readonly Fix[]): string[] {
  const text = fixesText(fixes);
  return Object.entries(captures)
    .filter(([group, value]) => SUBJECT_CAPTURES.has(group) && value.trim() !== '' && !mentions(text, value))
    .map(([group]) => group);
}
