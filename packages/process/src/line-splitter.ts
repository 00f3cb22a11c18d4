import { StringDecoder } from 'node:string_decoder';

/**
 * Splits a byte stream into lines the way .NET's StreamReader.ReadLine does for the runner:
 * LF, CR and CRLF each end a line, and a last line without an end still counts.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';
  /** A chunk ended in CR: an LF at the start of the next one belongs to it. */
  private skipLf = false;

  push(chunk: Buffer): string[] {
    let text = this.decoder.write(chunk);
    if (text === '') return [];
    if (this.skipLf && text.startsWith('\n')) text = text.slice(1);
    this.skipLf = text.endsWith('\r');
    const parts = (this.pending + text).split(/\r\n|\r|\n/);
    this.pending = parts.pop() ?? '';
    return parts;
  }

  end(): string[] {
    const rest = this.pending + this.decoder.end();
    this.pending = '';
    return rest === '' ? [] : [rest];
  }
}
