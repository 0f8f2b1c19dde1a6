/** The engine options every analysing command shares: one definition, one help text. */
import { CATEGORIES, SENSITIVITIES, type AnalyzeOptions, type Category, type Sensitivity } from '../analyzers/types';
import type { FlagSpec, Parsed } from './args';
import { KINDS } from './corpus';
import { builtInRuleIds } from './engine';
import { UsageError } from './errors';
import { closest } from './suggest';
import { TEXT } from './text';

export const ENGINE_FLAGS: FlagSpec[] = [
  { name: 'sensitivity', value: 'LEVEL', choices: SENSITIVITIES, help: TEXT.flags.sensitivity },
  { name: 'kind', value: 'KIND', choices: KINDS, help: TEXT.flags.kind },
  { name: 'category', value: 'LIST', choices: CATEGORIES, list: true, help: TEXT.flags.category },
  { name: 'ignore', value: 'RULES', list: true, help: TEXT.flags.ignore },
];

export async function engineOptions(command: string, p: Parsed, defaults: AnalyzeOptions = {}): Promise<AnalyzeOptions> {
  const options: AnalyzeOptions = { ...defaults };
  const sensitivity = p.string('sensitivity');
  if (sensitivity) options.sensitivity = sensitivity as Sensitivity;
  const kind = p.string('kind');
  if (kind) options.kind = kind as AnalyzeOptions['kind'];
  const categories = p.list('category');
  if (categories) options.categories = [...new Set(categories)] as Category[];
  const ignore = p.list('ignore');
  if (ignore) {
    // A mistyped id would silently ignore nothing: only built-in and custom/ ids are accepted.
    const known = await builtInRuleIds();
    for (const id of ignore) {
      if (!known.includes(id) && !id.startsWith('custom/')) throw new UsageError(TEXT.errors.unknownRule(command, id, closest(id, known)));
    }
    options.ignoredRules = ignore;
  }
  return options;
}
