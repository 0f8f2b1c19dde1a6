/**
 * The current setup as a pack a team lead can share: the pack's rules, the rep's own phrases as
 * rules, the rules they turned off, and optionally their sensitivity and categories as locked
 * settings. The result is checked like any import; a rule that wouldn't pass is left out and said so.
 */
import { stringify } from 'yaml';
import type { EffectiveSettings, UserSettings } from '../model';
import type { LoadedRule } from '../../analyzers/compile';
import { BUILT_IN_RULES } from '../../rules/index';
import { checkPackData } from './check';
import { PACK_FORMAT, type Pack, type PackRule } from './schema';
import { TEAM_PREFIX } from './to-rules';

export interface ExportOptions {
  name: string;
  author: string;
  version: string;
  /** Lock the current sensitivity and categories for everyone who imports the pack. */
  lockSettings: boolean;
  builtIns?: LoadedRule[];
  today?: Date;
}

export interface ExportResult {
  text: string;
  /** Phrases or rules left out because they would not pass the pack check, with the reason. */
  leftOut: string[];
}

const PASS_CANDIDATES = [
  'Thanks for your time today.',
  'Happy to answer any questions.',
  'Let me know what would help.',
];

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'phrase';
}

function phraseRule(p: NonNullable<UserSettings['customPhrases']>[number], taken: Set<string>): PackRule {
  let id = `phrase-${slug(p.phrase)}`;
  for (let n = 2; taken.has(id); n++) id = `phrase-${slug(p.phrase)}-${n}`;
  taken.add(id);
  const pass = PASS_CANDIDATES.find((c) => !c.toLowerCase().includes(p.phrase.toLowerCase())) ?? PASS_CANDIDATES[0];
  return {
    id,
    category: p.category,
    severity: p.severity ?? 'warning',
    phrases: [p.phrase],
    message: p.message,
    why: 'Your team flagged this phrase.',
    examples: { flag: [`We said [[${p.phrase}]] here.`], pass: [pass] },
  };
}

export function exportSetup(s: EffectiveSettings, opts: ExportOptions): ExportResult {
  const builtIns = opts.builtIns ?? BUILT_IN_RULES;
  const builtInIds = new Set(builtIns.map((r) => r.id));
  const base = s.pack?.pack;
  const rules: PackRule[] = [...(base?.rules ?? [])];
  const taken = new Set(rules.map((r) => r.id));
  for (const p of s.customPhrases) rules.push(phraseRule(p, taken));
  const disable = [...new Set([...(base?.disable ?? []), ...s.disabledRules.filter((id) => builtInIds.has(id) && !id.startsWith(TEAM_PREFIX))])];
  const data: Pack = {
    format: PACK_FORMAT,
    name: opts.name.trim(),
    version: opts.version.trim(),
    author: opts.author.trim(),
    description: `Exported from Care Coach on ${(opts.today ?? new Date()).toISOString().slice(0, 10)}.`,
    rules,
    disable,
    locked: opts.lockSettings ? { sensitivity: s.sensitivity, categories: [...s.categories] } : {},
  };

  const leftOut: string[] = [];
  let check = checkPackData(data, { builtIns });
  // Drop rules the check rejects (a phrase a built-in rule already matches, say) and try again.
  for (let round = 0; !check.ok && round < 3; round++) {
    const bad = new Set<number>();
    for (const e of check.errors) {
      const m = /^rules\[(\d+)\]/.exec(e);
      if (m) {
        bad.add(Number(m[1]));
        leftOut.push(`${data.rules[Number(m[1])]?.phrases?.[0] ?? data.rules[Number(m[1])]?.id}: ${e.replace(/^rules\[\d+\][^:]*: /, '')}`);
      }
    }
    if (bad.size === 0) break;
    data.rules = data.rules.filter((_, i) => !bad.has(i));
    check = checkPackData(data, { builtIns });
  }
  if (!check.ok) throw new Error(`The export did not pass the pack check: ${check.errors[0]}`);

  const header = [
    `# Care Coach team pack, exported ${(opts.today ?? new Date()).toISOString().slice(0, 10)}.`,
    '# Check it with: care-coach pack check FILE   (format: docs/packs.md)',
    '',
  ].join('\n');
  const body: Record<string, unknown> = { ...data };
  if (!data.rules.length) delete body.rules;
  if (!data.disable.length) delete body.disable;
  if (!Object.keys(data.locked).length) delete body.locked;
  return { text: header + stringify(body, { lineWidth: 100 }), leftOut };
}
