import { build } from 'esbuild';
import { internGroupsEsbuild } from '../build/intern-groups';
import { leanCompromiseEsbuild } from '../build/lean-compromise';
import { ruleAnchorsEsbuild } from '../build/rule-anchors';
import { ROOT } from './paths';
await build({ entryPoints: ['bench/engine-entry.ts'], outfile: '/tmp/cs/engine-dbg.mjs', bundle: true, format: 'esm', platform: 'node', target: 'node20', minify: false, logLevel: 'silent', plugins: [internGroupsEsbuild(ROOT), ruleAnchorsEsbuild(), leanCompromiseEsbuild()] });
