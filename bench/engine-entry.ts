/** What the bench loads from the bundled engine (engine-bundle.ts): the same API the extension uses. */
export { analyze, createEngine, defaultEngine } from '../analyzers/index';
export { BUILT_IN_RULES } from '../rules/index';
