/**
 * Bounds the text that hundreds of knowledge-base regexes run over. Pattern authors write
 * ordinary regexes; an unlucky one (`.*` twice on a line) costs O(line²), and every pattern
 * costs O(text). Cutting lines to a sane length and keeping only the informative part of a
 * huge log makes the engine's worst case a constant, while short inputs pass through untouched.
 */

/** Longer lines are cut: no error message line is this long; minified bundles and data are. */
export const MAX_LINE_CHARS = 2_000;
/**
 * Texts up to this size are matched whole. Larger ones keep their head (JVM, Node and .NET
 * print the exception first), their tail (Python prints it last) and the error-looking lines
 * in between: about a hundred lines each, far more than any single error needs.
 */
export const MAX_FOCUS_CHARS = 12_000;
const HEAD_CHARS = 4_000;
const TAIL_CHARS = 4_000;
const MIDDLE_CHARS = 4_000;

// Lines in the middle of a huge log that are worth keeping: where errors are announced.
const INFORMATIVE =
  /error|exception|traceback|caused by|panic|fatal|fail|denied|refused|not found|cannot|can't|unable|undefined|invalid|missing|conflict|\bE\d{4}\b|\bTS\d{4,5}\b|\bCS\d{4}\b|\bERR/i;

function capLines(text: string): string {
  if (text.length <= MAX_LINE_CHARS) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].length > MAX_LINE_CHARS) {
      lines[i] = lines[i].slice(0, MAX_LINE_CHARS);
      changed = true;
    }
  }
  return changed ? lines.join('\n') : text;
}

/** Cuts at a line boundary so that anchored patterns still see whole lines. */
function head(text: string, size: number): string {
  const cut = text.lastIndexOf('\n', size);
  return text.slice(0, cut > 0 ? cut : size);
}

function tail(text: string, size: number): string {
  const from = text.length - size;
  const cut = text.indexOf('\n', from);
  return text.slice(cut >= 0 && cut < text.length - 1 ? cut + 1 : from);
}

/** The part of `text` worth matching: all of it when small, head + error lines + tail when huge. */
export function focus(text: string): string {
  const capped = capLines(text);
  if (capped.length <= MAX_FOCUS_CHARS) return capped;
  const first = head(capped, HEAD_CHARS);
  const last = tail(capped, TAIL_CHARS);
  const middleStart = first.length;
  const middleEnd = capped.length - last.length;
  const kept: string[] = [];
  let budget = MIDDLE_CHARS;
  if (middleEnd > middleStart) {
    for (const line of capped.slice(middleStart, middleEnd).split('\n')) {
      if (line.length > 0 && line.length <= budget && INFORMATIVE.test(line)) {
        kept.push(line);
        budget -= line.length + 1;
        if (budget <= 0) break;
      }
    }
  }
  return [first, ...kept, last].join('\n');
}
