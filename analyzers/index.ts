/** The engine's public API: pure TypeScript, no DOM. */
import { BUILT_IN_RULES } from '../rules/index';
import { createEngine, type Engine } from './engine';
import type { AnalyzeOptions, Report } from './types';

export * from './types';
export { createEngine, type Engine } from './engine';
export { OptionsError } from './options';
export { QUESTION_TEXT, QUESTION_LABEL } from './question-text';
export type { LoadedRule, CompiledRule } from './compile';

let engine: Engine | null = null;

/** The engine with the built-in rules, compiled on first use. */
export function defaultEngine(): Engine {
  engine ??= createEngine(BUILT_IN_RULES);
  return engine;
}

export function analyze(text: string, options?: AnalyzeOptions): Report {
  return defaultEngine().analyze(text, options);
}
