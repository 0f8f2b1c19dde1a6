/** The readable form of a Report, for `analyze` without --json. */
import { QUESTION_LABEL } from '../analyzers/question-text';
import type { Report } from '../analyzers/types';
import { LineIndex, printable } from './positions';
import { TEXT } from './text';

const T = TEXT.analyze;

export function renderReport(name: string, text: string, report: Report): string {
  const lines = new LineIndex(text);
  const out: string[] = [`== ${printable(name)} ==`];

  if (report.findings.length === 0) out.push(T.none);
  else {
    out.push(T.findings(report.findings.length));
    const locs = report.findings.map((f) => lines.format(f.start));
    const locWidth = Math.max(...locs.map((l) => l.length));
    const ruleWidth = Math.max(...report.findings.map((f) => f.ruleId.length));
    const indent = ' '.repeat(2 + locWidth + 2);
    report.findings.forEach((f, i) => {
      out.push(`  ${locs[i].padEnd(locWidth)}  ${f.severity.padEnd(7)}  ${f.ruleId.padEnd(ruleWidth)}  ${f.message}`);
      out.push(`${indent}"${printable(f.text)}"`);
      const rewrite = f.alternatives.find((a) => a.kind === 'rewrite');
      const question = f.alternatives.find((a) => a.kind === 'question');
      if (rewrite) out.push(`${indent}${T.rewrite(rewrite.text)}`);
      if (question) out.push(`${indent}${T.ask(question.text)}`);
    });
  }

  out.push('', T.questionsHeading);
  if (report.questions.length === 0) out.push(`  ${T.noQuestions}`);
  for (const q of report.questions) {
    out.push(`  ${q.id} (${QUESTION_LABEL[q.id]}): ${q.text}`);
    out.push(`    ${T.cue(printable(q.cue), lines.format(q.at))}`);
  }

  out.push('', T.covered(report.covered), T.metrics(report.metrics));
  if (report.metrics.featureListWithoutQuestion) out.push(T.featureList);

  out.push('', T.score(report.score.value));
  const labelWidth = Math.max(...report.score.parts.map((p) => p.label.length));
  for (const p of report.score.parts) {
    out.push(`  ${p.label.padEnd(labelWidth)}  ${`${p.points}/${p.max}`.padStart(6)}  ${p.explanation}`);
  }
  return out.join('\n') + '\n';
}
