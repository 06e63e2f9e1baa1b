/** stdout carries results (or JSON with --json); stderr carries prompts' refusals and errors. */
export function printLine(text = ''): void {
  process.stdout.write(`${text}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** `label:` columns aligned, so a line is easy to read and to grep (`^tier:\s+free$`). */
export function printFields(fields: Array<[label: string, value: string]>): void {
  const width = Math.max(...fields.map(([label]) => label.length)) + 2;
  for (const [label, value] of fields) printLine(`${`${label}:`.padEnd(width)}${value}`);
}

export function formatDate(value: Date | string | null | undefined, none = 'never'): string {
  if (value === null || value === undefined) return none;
  return new Date(value).toISOString();
}

export function yesNo(value: boolean | null): string {
  return value ? 'yes' : 'no';
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
