/**
 * `npm run eval`: how well the rules engine recognises the real error messages of the corpus
 * (test/fixtures/errors/*.json). Prints accuracy overall and per language, engine time per error
 * and every miss; exits 1 when below the targets (language >= 95%, error type >= 85%).
 *
 * Options: --json prints the full report as JSON instead of the table; --language=ID limits the
 * run to the entries of one language; --corpus=DIR reads the corpus from another folder.
 */
import { RulesEngine } from '../src/translator/rules/rules-engine';
import { evaluate, formatReport, loadCorpus } from './evaluation';

function main(argv: readonly string[]): number {
  const json = argv.includes('--json');
  const only = argv.find((arg) => arg.startsWith('--language='))?.slice('--language='.length);
  const corpus = argv.find((arg) => arg.startsWith('--corpus='))?.slice('--corpus='.length);
  let entries = loadCorpus(corpus || undefined);
  if (only) entries = entries.filter((entry) => entry.language === only);
  if (entries.length === 0) {
    process.stderr.write(`no corpus entries${only ? ` for language ${only}` : ''}\n`);
    return 1;
  }
  const report = evaluate(entries, new RulesEngine());
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
  return report.passed.all ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
