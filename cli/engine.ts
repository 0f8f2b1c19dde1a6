/**
 * The engine, loaded on first use: importing compromise is most of the start-up time, and help,
 * usage errors and unreadable files need none of it.
 */
import type { AnalyzeOptions, Report } from '../analyzers/types';
import { UsageError } from './errors';
import { TEXT } from './text';

type EngineModule = typeof import('../analyzers/index');
let loaded: Promise<EngineModule> | undefined;

function loadEngine(): Promise<EngineModule> {
  return (loaded ??= import('../analyzers/index'));
}

export type Analyze = (text: string, options: AnalyzeOptions) => Report;

/** analyze(), with the engine's option errors turned into usage errors naming the command. */
export async function analyzer(command: string): Promise<Analyze> {
  const { analyze, OptionsError } = await loadEngine();
  return (text, options) => {
    try {
      return analyze(text, options);
    } catch (e) {
      throw e instanceof OptionsError ? new UsageError(TEXT.errors.badOptions(command, e.issues)) : e;
    }
  };
}

export async function builtInRuleIds(): Promise<string[]> {
  return (await loadEngine()).defaultEngine().ruleSet.rules.map((r) => r.id);
}
