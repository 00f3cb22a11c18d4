import type { BuildStorage } from './build-storage.ts';

/**
 * Follows a log object that grows while a build runs, as `gcloud builds submit` does: each read
 * asks for the bytes after those already seen and prints only complete lines.
 */
export class LogTail {
  private offset = 0;
  private partial = '';
  private readonly uri: string;
  private readonly storage: BuildStorage;
  private readonly print: (line: string) => void;

  constructor(uri: string, storage: BuildStorage, print: (line: string) => void) {
    this.uri = uri;
    this.storage = storage;
    this.print = print;
  }

  async poll(): Promise<void> {
    let chunk: Buffer;
    try {
      chunk = await this.storage.readFrom(this.uri, this.offset);
    } catch {
      return; // the log is a convenience: a failed read is retried at the next poll
    }
    if (chunk.length === 0) return;
    this.offset += chunk.length;
    const lines = (this.partial + chunk.toString('utf8')).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.print(line);
  }

  /** Prints what is left, the last line even without its newline. */
  async finish(): Promise<void> {
    await this.poll();
    if (this.partial) this.print(this.partial);
    this.partial = '';
  }
}
