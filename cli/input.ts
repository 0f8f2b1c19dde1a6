/**
 * Reading what the user points us at, with a clear one-line error for everything that is not a
 * UTF-8 text of reasonable size: missing, unreadable, a directory, too large, binary, UTF-16 or
 * invalid UTF-8. The error names the file and, where it can, the line.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { InputError } from './errors';
import { StdinTooLarge, type Io } from './io';
import { TEXT } from './text';

/** One email, note or template is kilobytes; 5 MB is far beyond any real one and still fast. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;
/** Corpora hold thousands of items; the published ones are a few hundred KB. */
export const MAX_CORPUS_BYTES = 50 * 1024 * 1024;

export const STDIN = '-';
export const STDIN_NAME = '<stdin>';

export interface Source {
  /** As the user wrote it, or <stdin>: what error messages and reports call it. */
  name: string;
  text: string;
}

export async function readSource(path: string, io: Io, maxBytes: number): Promise<Source> {
  if (path === STDIN) {
    if (io.stdinIsTTY) io.stderr(TEXT.errors.waitingForStdin + '\n');
    let buf: Buffer;
    try {
      buf = await io.readStdin(maxBytes);
    } catch (e) {
      if (e instanceof StdinTooLarge) throw new InputError(TEXT.errors.tooLarge(STDIN_NAME, undefined, maxBytes));
      throw new InputError(TEXT.errors.cannotRead(STDIN_NAME, errorCode(e)));
    }
    return { name: STDIN_NAME, text: decode(buf, STDIN_NAME) };
  }
  return { name: path, text: decode(await readFileLimited(path, maxBytes), path) };
}

async function readFileLimited(path: string, maxBytes: number): Promise<Buffer> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new InputError(TEXT.errors.isDirectory(path));
    if (s.isFile() && s.size > maxBytes) throw new InputError(TEXT.errors.tooLarge(path, s.size, maxBytes));
    // Streamed with a running count: pipes and devices (/dev/zero, <(cmd)) report no size.
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of createReadStream(path)) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw new InputError(TEXT.errors.tooLarge(path, s.isFile() ? size : undefined, maxBytes));
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = errorCode(e);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(TEXT.errors.notFound(path));
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(TEXT.errors.permission(path));
    if (code === 'EISDIR') throw new InputError(TEXT.errors.isDirectory(path));
    throw new InputError(TEXT.errors.cannotRead(path, code));
  }
}

function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : e instanceof Error ? e.message : String(e);
}

/** UTF-8 bytes to text (a leading BOM dropped), or an error saying what the bytes are instead. */
export function decode(buf: Buffer, name: string): string {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) throw new InputError(TEXT.errors.utf16(name));
  const nul = buf.indexOf(0);
  if (nul !== -1) {
    const { line, column } = bytePosition(buf, nul);
    throw new InputError(TEXT.errors.binary(name, line, column));
  }
  if (!isUtf8(buf)) {
    const bad = firstInvalidUtf8(buf);
    const { line, column } = bytePosition(buf, bad);
    throw new InputError(TEXT.errors.notUtf8(name, line, column, buf[bad]));
  }
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Line and column (in bytes; both from 1) of a byte offset, for errors about raw bytes. */
function bytePosition(buf: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = buf.indexOf(10); i !== -1 && i < offset; i = buf.indexOf(10, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte that breaks UTF-8 (only called once isUtf8 said one does). */
function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = buf[i + k];
      let lo = 0x80;
      let hi = 0xbf;
      // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
      if (k === 1 && b === 0xe0) lo = 0xa0;
      if (k === 1 && b === 0xed) hi = 0x9f;
      if (k === 1 && b === 0xf0) lo = 0x90;
      if (k === 1 && b === 0xf4) hi = 0x8f;
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += n + 1;
  }
  return Math.max(0, buf.length - 1);
}
