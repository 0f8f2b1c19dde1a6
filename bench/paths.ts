import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (bench/ lives directly under it). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DOCS = join(ROOT, 'docs');
export const EXTENSION_DIR = process.env.CARE_COACH_EXTENSION_DIR ?? join(ROOT, '.output', 'chrome-mv3');
