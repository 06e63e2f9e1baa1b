/**
 * The fallback's last reading, for a text no pattern matched that names no class, code, known phrase or system
 * error: the phrase of its own error message that says what failed, without the user's names, paths and numbers.
 * Pure: the rules engine alone, with the real knowledge base.
 */
import { engine } from './support/recognised';

const analyse = (error: string) => engine.analyse({ error });

describe('the fallback reads the failure from the message itself', () => {
  it.each([
    ['Error: Username and password required', 'Username and password required'],
    // A quoted name and a path are the user's values: the phrase is the message around them.
    ['Error: profile "nightly-eu" is not defined in settings.yaml', 'is not defined'],
    // A chained message: the last clause that says something failed is the cause.
    [
      '[2024-11-02 10:00:01] [worker-3] ERROR: report export failed: template engine could not render the footer',
      'template engine could not render the footer',
    ],
    ['Error: the archive /srv/backup/2024-11-02.tar could not be verified (checksum mismatch)', 'checksum mismatch'],
    // A clause of one word that is a verdict on its own; "bad" says something failed.
    ['deploy-bot: push of release 1.4 to the mirror: denied', 'denied'],
    ['Error: bad checksum line in the release manifest', 'bad checksum line in the release manifest'],
    // "no …" says what was missing.
    ['Error: sync of bucket "photos" stopped: no write quota left', 'no write quota left'],
    // What the failure was for is not the failure; a sentence keeps its subject.
    ['Error: scale-up timed out for node group "pool-a" after 15m', 'scale-up timed out'],
    ['Error: This account is already linked to another workspace', 'This account is already linked to another workspace'],
    // Advice printed after the error is not the error.
    ['Error: could not open the session store: check your startup logs for errors', 'could not open the session store'],
    // Markdown's closing backtick is not part of the message.
    ['Error: release "web" already exists`', 'already exists'],
    // Structured records: logfmt's msg and a JSON record's message.
    ['time="2024-03-01T10:00:00Z" level=error msg="Failed to rotate the audit log: retention window exceeded"', 'retention window exceeded'],
    ['{"level":"error","ts":"2024-11-02T10:00:01Z","msg":"ledger sync aborted: remote ledger is read-only"}', 'ledger sync aborted'],
    // No line is marked as an error: the first that says something failed.
    [
      'Deploying release 7.2...\nUploading assets\nupload stalled: the bucket policy does not allow writes from this account',
      'the bucket policy does not allow writes from this account',
    ],
  ])('%j is answered %j, without a pattern', (text, errorType) => {
    const { translation, patternId } = analyse(text);
    expect(patternId).toBeNull();
    expect(translation.error_type).toBe(errorType);
    expect(translation.summary).toContain(`(${errorType})`);
    expect(translation.explanation).toContain(`The error reads "${errorType}".`);
    expect(translation.confidence).toBeLessThanOrEqual(0.3);
  });

  it.each([
    // A user's description, not a program's report.
    'it does not work',
    'asdf qwerty',
    // valgrind's heading over a clean run.
    '==5== ERROR SUMMARY: 0 errors from 0 contexts (suppressed: 0 from 0)',
    // Every clause that says something failed is a single word or a value.
    'E1102 09:15:01.000000       1 reconciler.go:88] Reconcile of tenant "acme" failed: lease lost',
  ])('reads no phrase from %j', (text) => {
    const { translation, patternId } = analyse(text);
    expect(patternId).toBeNull();
    expect(translation.error_type).toBe('unknown error');
    expect(translation.explanation).toContain('No exception name or error code could be read from it.');
  });

  it('keeps a class the text names before any phrase of its message', () => {
    const { translation } = analyse(
      'Traceback (most recent call last):\n  File "sync.py", line 3, in <module>\n    push()\nFooBarError: template engine could not render the footer',
    );
    expect(translation.error_type).toBe('FooBarError');
  });

  it('keeps a phrase the knowledge base knows before its own reading', () => {
    const { translation } = analyse(
      'deploy step 4 finished: pull access denied for the private base, template engine could not render the footer',
    );
    expect(translation.error_type).toBe('pull access denied');
  });
});
