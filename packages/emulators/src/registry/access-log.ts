/** One request as the registry's access log (Apache combined format) records it. */
export interface AccessLogEntry {
  method: string;
  path: string;
  status: number;
  /** Bytes of the response body. */
  bytes: number;
  userAgent: string;
}

// 127.0.0.1 - - [27/Nov/2026:14:58:09 +0000] "GET /v2/ HTTP/1.1" 200 2 "" "Go-http-client/1.1"
const COMBINED = /^\S+ \S+ \S+ \[[^\]]*\] "(\S+) (\S+) [^"]*" (\d{3}) (\d+|-) "[^"]*" "([^"]*)"/;

/** The registry's access log, read line by line from its standard output. */
export class AccessLog {
  readonly entries: AccessLogEntry[] = [];
  private partial = '';

  /** Feeds a chunk of the registry's stdout. */
  write(chunk: string): void {
    const text = this.partial + chunk;
    const lines = text.split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) {
      const match = COMBINED.exec(line);
      if (!match) continue;
      this.entries.push({
        method: match[1] as string,
        path: match[2] as string,
        status: Number(match[3]),
        bytes: match[4] === '-' ? 0 : Number(match[4]),
        userAgent: match[5] as string,
      });
    }
  }

  /** Successful blob GETs (downloads of layers or configs), optionally of one repository. */
  blobDownloads(repository?: string): AccessLogEntry[] {
    const prefix = repository === undefined ? '/v2/' : `/v2/${repository}/blobs/`;
    return this.entries.filter(
      (e) =>
        e.method === 'GET' && e.status < 300 && e.path.startsWith(prefix) && /\/blobs\/sha256:/.test(e.path),
    );
  }

  /** Response bytes of the matching requests. */
  bytesServed(filter: (entry: AccessLogEntry) => boolean = () => true): number {
    return this.entries.filter(filter).reduce((n, e) => n + e.bytes, 0);
  }

  clear(): void {
    this.entries.length = 0;
  }
}
