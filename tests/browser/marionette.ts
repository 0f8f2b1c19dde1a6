/**
 * A minimal Marionette client (Firefox's remote protocol, built into every Firefox): enough to
 * install an add-on temporarily, navigate, and run a script. Playwright's Firefox needs its own
 * patched build, which can't be downloaded here; Debian's firefox-esr speaks Marionette.
 * Protocol: messages are `length:json`, commands `[0, id, name, params]`, replies `[1, id, error, result]`.
 */
import { connect, type Socket } from 'node:net';

export class Marionette {
  private buffer = '';
  private nextId = 1;
  private waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private greeted: Promise<void>;

  private constructor(private readonly socket: Socket) {
    let greet: () => void = () => {};
    this.greeted = new Promise((r) => (greet = r));
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      for (;;) {
        const colon = this.buffer.indexOf(':');
        if (colon === -1) return;
        const len = Number(this.buffer.slice(0, colon));
        // Lengths count bytes; our messages are ASCII JSON in practice, but measure bytes to be safe.
        const rest = this.buffer.slice(colon + 1);
        const bytes = Buffer.from(rest, 'utf8');
        if (bytes.length < len) return;
        const body = bytes.subarray(0, len).toString('utf8');
        this.buffer = bytes.subarray(len).toString('utf8');
        const msg = JSON.parse(body);
        if (!Array.isArray(msg)) {
          greet();
          continue;
        }
        const [, id, error, result] = msg as [number, number, { error: string; message: string } | null, unknown];
        const w = this.waiting.get(id);
        this.waiting.delete(id);
        if (error) w?.reject(new Error(`${error.error}: ${error.message}`));
        else w?.resolve(result);
      }
    });
  }

  static async connect(port: number, timeoutMs = 30_000): Promise<Marionette> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const socket = await new Promise<Socket>((resolve, reject) => {
          const s = connect(port, '127.0.0.1', () => resolve(s));
          s.once('error', reject);
        });
        const m = new Marionette(socket);
        await m.greeted;
        return m;
      } catch (e) {
        if (Date.now() > deadline) throw e;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  send<T = unknown>(name: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    const body = JSON.stringify([0, id, name, params]);
    this.socket.write(`${Buffer.byteLength(body, 'utf8')}:${body}`);
    return new Promise<T>((resolve, reject) => this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }

  close(): void {
    this.socket.destroy();
  }
}
