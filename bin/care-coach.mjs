#!/usr/bin/env node
// The care-coach command: runs the TypeScript CLI through tsx's loader, from any directory.
import { fileURLToPath } from 'node:url';

try {
  const { register } = await import('tsx/esm/api');
  // The project's tsconfig, not whatever the user's working directory holds.
  register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
  const { start } = await import('../cli/main.ts');
  await start();
} catch (e) {
  process.stderr.write(`care-coach: could not start: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
  if (process.env.CARE_COACH_DEBUG) process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exitCode = 70;
}
