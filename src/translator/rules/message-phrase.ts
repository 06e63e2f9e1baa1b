/**
 * The last reading of an error nothing else could name: the phrase of its own message that says what went wrong,
 * as a reader would label it ("could not build server_names_hash", "is a reserved name"). The error line is the
 * first one marked as an error; its message is cut at the separators tools chain causes with (": ", "; ", ". ");
 * the last clause that says something failed is the cause; names, quoted values, paths and numbers are left out.
 * Measured on the catalog specs' real pastes with each pass's own patterns removed (`npm run eval:catalog-proxy`):
 * of the 1,443 the engine had answered `unknown error`, this names 1,127, with the label's own phrase for 366.
 */

/** Words that say something went wrong: a clause without one describes, it does not fail. */
const FAILURE =
  /\b(?:no|errors?|fatal|bad|unreachable|exhausted|insufficient|terminated|killed|did ?n[o']t|fail(?:ed|ure|s)?|cannot|can't|could ?n[o']t|unable|denied|invalid|not found|refused|panic(?:ked)?|abort(?:ed)?|missing|unknown|unsupported|not allowed|timed? ?out|forbidden|unauthori[sz]ed|not supported|incompatible|mismatch|conflict(?:ing)?|already|requires?|must|not permitted|required|incomplete|not implemented|deprecated|too (?:many|large|big|long|old)|exceeded|corrupt(?:ed)?|unexpected|undefined|not (?:a|an|running|ready|set|available|installed|recognized|recognised|defined|empty|valid|enabled)|does ?n[o']t|is ?n[o']t|wasn't|out of)\b/i;

/** A line that announces an error: a level, an "error:" prefix or the word itself. */
const ERROR_LINE = /(?:^|[\s\]|])(?:error|fatal|err|e)(?:\[[\w-]+\])?\s*[:!|]\s|\[(?:error|fatal|e|err)\]|\blevel=(?:error|fatal)\b|\berror\b/i;

/** What a line carries before its message: a klog header, bracketed fields, a level, a bullet. */
const LINE_PREFIX =
  /^(?:[IWEF]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\]\s*|(?:\[[^\]\n]{1,60}\]\s*)+|(?:##\[error\]|(?:error|fatal|err|e|warning)\s*[:!|])\s*|[>*•✖✗×-]+\s+)/i;

/** Prefixes a message's cause is chained behind, and that name nothing themselves. */
const CHAIN_PREFIX = /^(?:(?:error|fatal|fatal error|err|docker|error response from daemon|failed to solve|exception)\s*:\s*)+/i;

/** A structured log record's message (logfmt's msg="…", JSON's "message": "…"). */
const RECORD_MESSAGE = /\b(?:msg|message)=?"((?:[^"\\]|\\.){4,400})"|"(?:msg|message)"\s*:\s*"((?:[^"\\]|\\.){4,400})"/;

/** Where tools chain a message to its cause, or a sentence ends. */
const CLAUSE_BREAK = /: |; |\. |, | - | \(/;

/** Quoted values: names the user chose, never the phrase. */
const QUOTED = /(['"`‘“«])[^'"`’”»\n]*?(['"`’”»])/g;

/** A word that is a value, not a word of the message: digits, paths, options, dotted names, constants. */
const VALUE = /[\d/\\=<>{}[\]@$#%|_]|\.\w|^-|^§$/;

/** Words a clause may trail off with once a value is cut from its end ("failed for", "not allowed here in"). */
const TRAILING_LINK =
  /(?:\s+(?:for|in|at|of|to|the|with|from|on|by|a|an|because|while|when|and|or|as|into|using|via|after|before|is|are|was|this|that))+$/i;

/** Advice printed under an error ("You might be seeing this error because …", "check your logs"): not the error. */
const ADVICE =
  /^(?:you (?:might|may|can|should|need|must)|please|try|perhaps|maybe|hint|see|check|consider|make sure|if you|to fix|did you mean|run|use)\b/i;

/** What the failure was for ("timed out for node group", "page fault for address") is not the failure. */
const QUALIFIER = /\sfor\s/i;

/** A clause of one word that is a verdict on its own (a registry's "denied: denied", a job's "Killed"). */
const VERDICT = /^(?:denied|unauthori[sz]ed|forbidden|killed|aborted|terminated|timeout)$/i;

const LEADING_FILLER = /^(?:it seems|it looks like|seems like|looks like|it)\s+/i;

/** How people describe a failure, not how programs report one. */
const DESCRIPTION = /^(?:does ?n[o']t|is ?n[o']t|not) work/i;

/** A heading (valgrind's "ERROR SUMMARY"), not a message. */
const HEADING = /^[^a-z]+$/;

const MAX_WORDS = 14;
const MAX_LINES = 400;

/** The phrase of the first error line's message that names the failure, or null when none reads as one. */
export function readMessagePhrase(text: string): string | null {
  const lines = text
    .split('\n', MAX_LINES)
    .map(messageOf)
    .filter((line) => FAILURE.test(line));
  // Lines marked as errors first; within them, the last clause that says something failed is the cause.
  for (const line of [...lines.filter((l) => ERROR_LINE.test(l)), ...lines.filter((l) => !ERROR_LINE.test(l))]) {
    const clauses = line.replace(CHAIN_PREFIX, '').split(CLAUSE_BREAK);
    for (let i = clauses.length - 1; i >= 0; i--) {
      if (ADVICE.test(clauses[i].trim())) continue;
      const phrase = phraseOf(clauses[i]);
      if (phrase) return phrase;
    }
  }
  return null;
}

/** A line's message without its log wrapping; '' for a line no error is worded in (a shell trace, a frame). */
function messageOf(raw: string): string {
  const line = raw.trim();
  if (/^(?:\+ |at |#\d+ |File ")/.test(line)) return '';
  const record = RECORD_MESSAGE.exec(line);
  if (record) return (record[1] ?? record[2]).trim();
  let message = line;
  for (let cut = message.replace(LINE_PREFIX, ''); cut !== message; cut = message.replace(LINE_PREFIX, '')) message = cut.trim();
  return message;
}

/** The longest run of message words in a clause that says something failed, without its values. */
function phraseOf(clause: string): string | null {
  const alone = /^[\s`*"']*([A-Za-z]+)[\s`*"'.!]*$/.exec(clause)?.[1];
  if (alone) return VERDICT.test(alone) ? alone : null;
  const runs: string[][] = [[]];
  for (const token of clause.replace(QUOTED, ' § ').split(/\s+/)) {
    const word = token.replace(/[,;:.!?`'"]+$/, '');
    const open = runs[runs.length - 1];
    if (word === '' || VALUE.test(word) || /[()]/.test(word)) {
      if (open.length > 0) runs.push([]);
      continue;
    }
    open.push(word);
    // A word that ends a sentence or a list ends the run.
    if (word !== token) runs.push([]);
  }
  let best: string | null = null;
  for (const run of runs) {
    const phrase = withoutQualifier(run.join(' ').replace(LEADING_FILLER, '').replace(TRAILING_LINK, ''));
    const words = phrase.split(' ').length;
    if (words < 2 || words > MAX_WORDS || !/^[A-Za-z]/.test(phrase) || !FAILURE.test(phrase) || DESCRIPTION.test(phrase) || HEADING.test(phrase))
      continue;
    if (!best || words > best.split(' ').length) best = phrase;
  }
  return best;
}

function withoutQualifier(phrase: string): string {
  const at = QUALIFIER.exec(phrase);
  if (!at) return phrase;
  const head = phrase.slice(0, at.index);
  return head.includes(' ') && FAILURE.test(head) ? head : phrase;
}
