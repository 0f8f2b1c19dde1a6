/**
 * What a command may touch besides the file system: writers for stdout/stderr and stdin.
 * Commands get it as an argument so tests can run them in-process with buffers.
 */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of stdin, or a StdinTooLarge error once more than maxBytes arrive. */
  readStdin(maxBytes: number): Promise<Buffer>;
  /** True when stdin is a terminal (nothing piped): commands then say they are waiting. */
  stdinIsTTY: boolean;
}

export class StdinTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`stdin is larger than ${maxBytes} bytes`);
  }
}

export function processIo(): Io {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    readStdin: (maxBytes) =>
      new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const onData = (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            process.stdin.off('data', onData);
            // Destroyed, not paused: a paused pipe would keep the process alive.
            process.stdin.destroy();
            reject(new StdinTooLarge(maxBytes));
            return;
          }
          chunks.push(chunk);
        };
        process.stdin.on('data', onData);
        process.stdin.once('end', () => resolve(Buffer.concat(chunks)));
        process.stdin.once('error', reject);
      }),
  };
}

/** An Io over strings, for running commands in-process (tests, scripts). */
export function memoryIo(stdin: string | Buffer = ''): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const input = typeof stdin === 'string' ? Buffer.from(stdin, 'utf8') : stdin;
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    stdinIsTTY: false,
    readStdin: async (maxBytes) => {
      if (input.length > maxBytes) throw new StdinTooLarge(maxBytes);
      return input;
    },
    out: () => out,
    err: () => err,
  };
}
