/**
 * Log noise must not change an answer. Each tuning error the engine answers right is pasted again
 * the ways people paste errors (time-stamped by a CI runner or a container runtime, in a syslog or
 * a framework logger's format, coloured, quoted, as a JSON or HTML string, hard-wrapped by a
 * console, with a chat tool's quotes) and must get the same language and error type. Pure: the rules engine alone, no app.
 *
 * Two forms per error (chosen by its id) keep the run to a few seconds while every form meets
 * hundreds of errors. Some forms change a few answers for reasons of their own: a prefix put on the
 * continuation lines of an error that a console had already cut, or on an error tracker's Markdown
 * fields; a console's cut of the only long line just before a blank or a "name: " (one such cut is
 * not told from a line of that length by chance). Their ceilings are today's counts, so that a change
 * that loses more fails here.
 */
import { errorTypeMatches, loadCorpus } from '../bench/evaluation';
import { engine } from './support/recognised';

type Form = (text: string) => string;

const onEveryLine =
  (prefix: string): Form =>
  (text) =>
    text
      .split('\n')
      .map((line) => prefix + line)
      .join('\n');
const onFirstLine =
  (prefix: string): Form =>
  (text) =>
    prefix + text;
const onFirstLineOnly =
  (open: string, close: string): Form =>
  (text) => {
    const [first, ...rest] = text.split('\n');
    return [open + first + close, ...rest].join('\n');
  };

/** A console `width` columns wide, which cuts every longer line into pieces of that width. */
const hardWrapped =
  (width: number): Form =>
  (text) =>
    text
      .split('\n')
      .map((line) => (line.length > width ? (line.match(new RegExp(`.{1,${width}}`, 'g')) ?? [line]).join('\n') : line))
      .join('\n');

/** The forms, and how many of their errors' answers may change today (see the file's comment). */
const FORMS: readonly { name: string; form: Form; ceiling: number }[] = [
  { name: 'a logger time stamp and level', form: onFirstLine('2026-03-04T05:06:07.891Z ERROR '), ceiling: 0 },
  { name: 'docker logs --timestamps', form: onEveryLine('2026-03-04T05:06:07.891234567Z '), ceiling: 1 },
  { name: 'GitHub Actions', form: onEveryLine('2026-03-04T05:06:07.1234567Z '), ceiling: 0 },
  { name: 'GitLab Runner (FF_TIMESTAMPS)', form: onEveryLine('2026-03-04T05:06:07.123456Z 01E '), ceiling: 0 },
  { name: "a Kubernetes node's container log (CRI)", form: onEveryLine('2026-03-04T05:06:07.123456789Z stderr F '), ceiling: 0 },
  { name: 'docker compose', form: onEveryLine('web-1  | '), ceiling: 0 },
  { name: 'journald', form: onEveryLine('Mar 04 05:06:07 host myapp[1234]: '), ceiling: 0 },
  { name: "rsyslog's RFC 3339 stamp", form: onEveryLine('2026-03-04T05:06:07.123456+00:00 host myapp[1234]: '), ceiling: 0 },
  { name: 'syslog (RFC 5424)', form: onEveryLine('<11>1 2026-03-04T05:06:07Z host myapp 1234 - - '), ceiling: 1 },
  { name: 'Heroku', form: onEveryLine('2026-03-04T05:06:07.123456+00:00 app[web.1]: '), ceiling: 1 },
  { name: 'kubectl logs --prefix', form: onEveryLine('[pod/api-7d9f8c-abcde/app] '), ceiling: 1 },
  { name: 'TeamCity', form: onEveryLine('[05:06:07]E:\t [Step 2/3] '), ceiling: 1 },
  { name: 'Jenkins Timestamper', form: onEveryLine('[2026-03-04T05:06:07.123Z] '), ceiling: 0 },
  { name: 'AWS Lambda', form: onFirstLine('2026-03-04T05:06:07.123Z\t3f1c2a9e-1b2c-4d5e-8f90-123456789abc\tERROR\t'), ceiling: 0 },
  { name: "NestJS's logger", form: onFirstLine('[Nest] 1234  - 03/04/2026, 5:06:07 AM   ERROR [ExceptionHandler] '), ceiling: 0 },
  { name: 'Serilog', form: onFirstLine('[05:06:07 ERR] '), ceiling: 0 },
  { name: 'log4j', form: onFirstLine('2026-03-04 05:06:07,123 ERROR [main] com.acme.App - '), ceiling: 0 },
  { name: "Python logging's dashes", form: onFirstLine('2026-03-04 05:06:07,123 - myapp - ERROR - '), ceiling: 0 },
  { name: 'gunicorn', form: onFirstLine('[2026-03-04 05:06:07 +0000] [1234] [ERROR] '), ceiling: 0 },
  { name: 'ANSI colours', form: onFirstLineOnly('\x1b[31m', '\x1b[0m'), ceiling: 0 },
  { name: 'colours whose ESC was lost', form: onFirstLineOnly('[31m', '[39m'), ceiling: 0 },
  { name: 'Windows line ends', form: (text) => text.replace(/\n/g, '\r\n'), ceiling: 0 },
  { name: 'a Markdown code block', form: onEveryLine('    '), ceiling: 0 },
  { name: 'a quoted reply', form: onEveryLine('> '), ceiling: 0 },
  { name: 'a fenced block', form: (text) => '```\n' + text + '\n```', ceiling: 0 },
  { name: 'a JSON string', form: (text) => JSON.stringify(text), ceiling: 0 },
  {
    name: 'HTML or XML source',
    form: (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'),
    ceiling: 0,
  },
  { name: 'an 80-column console', form: hardWrapped(80), ceiling: 2 },
  {
    name: "a chat tool's typographic quotes",
    form: (text) => text.replace(/'([^'\n]{0,80})'/g, '\u2018$1\u2019').replace(/"([^"\n]{0,80})"/g, '\u201c$1\u201d'),
    ceiling: 1,
  },
];

/**
 * A docker build whose RUN step printed the error: BuildKit's numbered step lines, the failure and
 * its summary block; or the classic builder's step and its last line. Docker's own errors are left
 * out: BuildKit reports those as "failed to solve", which is their answer there. The ceilings are
 * today's counts: apt's errors (a docker build's apt failure is labelled docker), crash signals in a
 * text that shows no language, and the odd paste whose cut lines the step prefixes split.
 */
const BUILDS: readonly { name: string; form: Form; ceiling: number }[] = [
  {
    name: 'BuildKit',
    form: (text) => {
      const lines = text.split('\n');
      const failed = 'process "/bin/sh -c make install" did not complete successfully: exit code: 2';
      return [
        '#8 [4/6] RUN make install',
        ...lines.map((line) => `#8 1.234 ${line}`),
        `#8 ERROR: ${failed}`,
        '------',
        ' > [4/6] RUN make install:',
        ...lines.slice(-5).map((line) => `1.234 ${line}`),
        '------',
        'Dockerfile:12',
        '--------------------',
        '  12 | >>> RUN make install',
        '--------------------',
        `ERROR: failed to solve: ${failed}`,
      ].join('\n');
    },
    ceiling: 30,
  },
  {
    name: 'the classic builder',
    form: (text) =>
      [
        'Step 4/6 : RUN make install',
        ' ---> Running in 3f2a1b4c5d6e',
        text,
        "The command '/bin/sh -c make install' returned a non-zero code: 2",
      ].join('\n'),
    ceiling: 18,
  },
];

/**
 * What copying and sharing add, and structured logs: one of these per error, chosen by its id as above
 * (a table of its own, so that the forms above keep meeting the same errors). The one answer each may change today:
 * sed's "unknown option to `s'" (a backtick of its own on the line), an error whose other lines are
 * indented less than its first, and two pastes that already lose their answer to most forms.
 */
const COPIED: readonly { name: string; form: Form; ceiling: number }[] = [
  { name: "a chat tool's inline code", form: (text) => '`' + text + '`', ceiling: 1 },
  { name: "a selection started in the first line's indentation", form: (text) => '\n\n   ' + text, ceiling: 1 },
  { name: 'a quoted reply quoted again', form: onEveryLine('>> '), ceiling: 1 },
  { name: 'a blank line after every line', form: (text) => text.replace(/\n/g, '\n\n'), ceiling: 1 },
  {
    name: "Windows PowerShell's record of a program's error",
    form: (text) => {
      const [first, ...rest] = text.split('\n');
      const record = [`app.exe : ${first}`, 'At line:1 char:1', '+ app.exe --run', '+ ~~~~~~~~~~~~~'];
      const category = `    + CategoryInfo          : NotSpecified: (${first.slice(0, 40)}:String) [], RemoteException`;
      return [...record, category, '    + FullyQualifiedErrorId : NativeCommandError', ' ', ...rest].join('\n');
    },
    ceiling: 0,
  },
  {
    name: "Docker's json-file log",
    form: (text) =>
      text
        .split('\n')
        .map((line) => JSON.stringify({ log: `${line}\n`, stream: 'stderr', time: '2026-03-04T05:06:07.891234567Z' }))
        .join('\n'),
    ceiling: 0,
  },
  {
    name: "Cloud Logging's entry",
    form: (text) => JSON.stringify({ insertId: 'a1', textPayload: text, severity: 'ERROR', timestamp: '2026-03-04T05:06:07.891Z' }),
    ceiling: 0,
  },
  {
    name: "Elastic's ECS record",
    form: (text) =>
      JSON.stringify({ '@timestamp': '2026-03-04T05:06:07.891Z', 'log.level': 'error', message: 'request failed', 'error.stack_trace': text }),
    ceiling: 0,
  },
  {
    name: "pino's record",
    form: (text) => JSON.stringify({ level: 50, time: 1772600767891, pid: 7, hostname: 'api-1', msg: text }),
    ceiling: 0,
  },
  { name: "a forum's [code] tags", form: (text) => `[code]${text}[/code]`, ceiling: 0 },
  {
    name: "an HTML page's <pre><code> block",
    form: (text) => `<pre><code class="language-text">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</code></pre>`,
    ceiling: 0,
  },
  { name: 'doubled line ends (CR CR LF)', form: (text) => text.replace(/\n/g, '\r\r\n'), ceiling: 0 },
];

const FORMS_PER_ERROR = 2;

/** Which forms an error meets follows from its id alone, so that new corpus entries leave the others' alone. */
function formIndexOf(id: string, forms: readonly unknown[] = FORMS): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash % forms.length;
}

describe('log noise around an error', () => {
  const tuning = loadCorpus().filter((entry) => (entry.split ?? 'tuning') === 'tuning');
  const rightBefore = tuning.filter((entry) => {
    const t = engine.analyse({ error: entry.text }).translation;
    return t.language === entry.language && errorTypeMatches(entry.error_type, t.error_type);
  });
  const everyForm = [...FORMS, ...COPIED];
  const changed = new Map<string, string[]>(everyForm.map(({ name }) => [name, []]));
  const tried = new Map<string, number>(everyForm.map(({ name }) => [name, 0]));
  const tryForm = (entry: (typeof rightBefore)[number], { name, form }: { name: string; form: Form }): void => {
    tried.set(name, (tried.get(name) ?? 0) + 1);
    const t = engine.analyse({ error: form(entry.text) }).translation;
    if (t.language !== entry.language || !errorTypeMatches(entry.error_type, t.error_type)) {
      changed.get(name)?.push(`${entry.id}: ${entry.language}/${entry.error_type} became ${t.language}/${t.error_type}`);
    }
  };
  for (const entry of rightBefore) {
    const first = formIndexOf(entry.id);
    for (let k = 0; k < FORMS_PER_ERROR; k++) tryForm(entry, FORMS[(first + k) % FORMS.length]);
    tryForm(entry, COPIED[formIndexOf(entry.id, COPIED)]);
  }

  it('starts from most of the tuning errors, and tries every form on more than 100 of them', () => {
    expect(rightBefore.length).toBeGreaterThan(2_500);
    for (const { name } of everyForm) expect({ name, tried: (tried.get(name) ?? 0) > 100 }).toEqual({ name, tried: true });
  });

  it.each([...FORMS, ...COPIED].map(({ name, ceiling }) => [name, ceiling] as const))('%s changes at most %i answers', (name, ceiling) => {
    const lost = changed.get(name) ?? [];
    // On failure the list names the errors whose answers changed.
    expect(lost.length <= ceiling ? [] : lost).toEqual([]);
  });

  it.each(BUILDS.map(({ name, form, ceiling }) => [name, ceiling, form] as const))(
    "a docker build's failed step (%s) around a program's error changes at most %i answers",
    (_name, ceiling, form) => {
      const programs = rightBefore.filter((entry) => entry.language !== 'docker');
      expect(programs.length).toBeGreaterThan(2_000);
      const lost = programs.flatMap((entry) => {
        const t = engine.analyse({ error: form(entry.text) }).translation;
        return t.language === entry.language && errorTypeMatches(entry.error_type, t.error_type)
          ? []
          : [`${entry.id}: ${entry.language}/${entry.error_type} became ${t.language}/${t.error_type}`];
      });
      expect(lost.length <= ceiling ? [] : lost).toEqual([]);
    },
  );
});
