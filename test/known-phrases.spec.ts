/**
 * The fallback answer's error type for a text no pattern matched, when it names no class or code: the first
 * phrase the knowledge base names errors by ("port is already allocated", "bad substitution") that the text
 * contains, from the detected language's patterns, or every language's when none was detected (and then the one
 * language whose patterns use that phrase, if only one does, is the answer's). Pure: the rules engine alone, with the
 * real knowledge base and with a small one of its own.
 */
import type { ErrorPattern } from '../src/translator/rules/error-pattern';
import { RulesEngine } from '../src/translator/rules/rules-engine';
import { engine } from './support/recognised';

const analyse = (error: string) => engine.analyse({ error });

describe('the fallback names an error by a phrase the knowledge base knows', () => {
  it.each([
    // The type of docker.port-already-allocated is built from its match: the phrase is read from its samples.
    ['docker compose up: service web reported port is already allocated (retrying in 5s)', 'docker', 'port is already allocated'],
    ['bash deploy.sh finished with: bad substitution in step 4', 'shell', 'bad substitution'],
    // No language detected: every language's phrases count, and the one language whose patterns use it places the text.
    ['job finished: pull access denied for the private base', 'docker', 'pull access denied'],
    ['[agent] last step: no matching manifest for this platform', 'docker', 'no matching manifest'],
    // Several languages' patterns use it: the language stays untold.
    ['sync job: connection refused while pushing', 'unknown', 'connection refused'],
  ])('%j is answered %s / %s, without a pattern', (text, language, errorType) => {
    const { translation, patternId } = analyse(text);
    expect(patternId).toBeNull();
    expect([translation.language, translation.error_type]).toEqual([language, errorType]);
    expect(translation.explanation).toContain(`The error reads "${errorType}".`);
    expect(translation.confidence).toBeLessThanOrEqual(0.3);
  });

  it('says the signs of a language read from a phrase alone are weak', () => {
    const { translation } = analyse('job finished: pull access denied for the private base');
    expect(translation.explanation).toContain('looks like Docker output, though the signs are weak');
  });

  it('takes the first phrase in the text: later ones are usually its consequences', () => {
    const { translation, patternId } = analyse(
      'docker run failed, reason from the daemon as logged by our wrapper: pull access denied, then no such host',
    );
    expect(patternId).toBeNull();
    expect(translation.error_type).toBe('pull access denied');
  });

  it('prefers a class the text names over a phrase it contains', () => {
    const { translation } = analyse(
      'Traceback (most recent call last):\n  File "sync.py", line 3, in <module>\n    push()\nRuntimeError: upload failed: port is already allocated',
    );
    expect([translation.language, translation.error_type]).toEqual(['python', 'RuntimeError']);
  });

  it('does not read a phrase out of a longer word', () => {
    const { translation, patternId } = analyse('kubectl: deployment api stuck: the watcher notes notCrashLoopBackOff2 in events');
    expect(patternId).toBeNull();
    expect([translation.language, translation.error_type]).toEqual(['kubernetes', 'unknown error']);
  });
});

describe('which types count as phrases', () => {
  const pattern = (id: string, match: RegExp, errorType: ErrorPattern['errorType'], samples: string[]): ErrorPattern => ({
    id,
    language: 'shell',
    match,
    errorType,
    category: 'runtime',
    summary: 'summary',
    explanation: 'explanation',
    causes: ['cause'],
    fixes: [{ title: 'fix', steps: ['step'], code: null }],
    references: [],
    samples,
  });
  const own = new RulesEngine([
    pattern('t.static', /^frob: tape jammed hard$/m, 'tape jammed', ['frob: tape jammed hard']),
    pattern('t.built', /^frob: (?<what>reel|spool) snapped$/m, (c) => `${c.what} snapped`, ['frob: reel snapped']),
    pattern('t.word', /^frob: halted now$/m, 'Halted', ['frob: halted now']),
    pattern('t.camel', /^frob: in backoff$/m, 'TapeBackOff', ['frob: in backoff']),
  ]);
  const typeOf = (text: string) => own.analyse({ error: text, language: 'shell' }).translation.error_type;

  it('a pattern’s own phrase, and a built one as its samples word it', () => {
    expect(typeOf('backup.sh: line 3: rewinding failed, tape jammed')).toBe('tape jammed');
    expect(typeOf('backup.sh: line 3: the REEL SNAPPED during rewind')).toBe('reel snapped');
  });

  it('not a built type its samples never produce, nor a single plain word; a word of capitalised parts, yes', () => {
    expect(typeOf('backup.sh: line 3: the spool snapped during rewind')).toBe('unknown error');
    expect(typeOf('backup.sh: line 3: halted by the operator')).toBe('unknown error');
    expect(typeOf('backup.sh: line 3: drive entered TapeBackOff')).toBe('TapeBackOff');
  });
});
