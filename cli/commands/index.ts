/**
 * The command registry: main dispatches on each export's `name` and lists them in help
 * (alphabetically). Adding a command is one file in this folder and one line below.
 */
export { default as analyzeCommand } from './analyze';
export { default as benchCommand } from './bench';
export { default as evalCommand } from './eval';
export { default as lintCommand } from './lint';
export { default as packCommand } from './pack';
