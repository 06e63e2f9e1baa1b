/**
 * `npm run eval`: how well the rules engine recognises the real error messages of the corpus
 * (test/fixtures/errors/*.json). Prints accuracy over the whole corpus per language, then the
 * tuning and held-out splits per family and per form, engine time per error, whether fixes
 * repeat the names the error captured, and the tuning misses; exits 1 when below the targets.
 *
 * Options: --json prints the report as JSON instead of the table (the held-out split's figures, not
 * its entries); --language=ID limits the run to the entries of one language; --family=FILE to one
 * corpus file; --corpus=DIR reads the corpus from another folder; --show-held-out lists the
 * held-out misses too, and keeps their entries in the JSON (never while tuning).
 */
import { RulesEngine } from '../src/translator/rules/rules-engine';
import { evaluate, formatReport, loadCorpus, withoutHeldOutEntries } from './evaluation';

function option(argv: readonly string[], name: string): string | undefined {
  return argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

function main(argv: readonly string[]): number {
  const json = argv.includes('--json');
  const language = option(argv, 'language');
  const family = option(argv, 'family');
  const corpus = option(argv, 'corpus');
  let entries = loadCorpus(corpus || undefined);
  if (language) entries = entries.filter((entry) => entry.language === language);
  if (family) entries = entries.filter((entry) => entry.file === family);
  if (entries.length === 0) {
    process.stderr.write('no corpus entries match\n');
    return 1;
  }
  const report = evaluate(entries, new RulesEngine());
  const showHeldOut = argv.includes('--show-held-out');
  process.stdout.write(
    json ? `${JSON.stringify(showHeldOut ? report : withoutHeldOutEntries(report), null, 2)}\n` : `${formatReport(report, { showHeldOut })}\n`,
  );
  return report.passed.all ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
