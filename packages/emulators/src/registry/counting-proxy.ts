import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of a registry that counts the bytes each way: what clients
 * upload and download, headers included, whatever the client. Used to compare transfers of two
 * tools fairly.
 */
export class CountingProxy {
  port = 0;
  /** Client → registry. */
  bytesUp = 0;
  /** Registry → client. */
  bytesDown = 0;
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private readonly targetPort: number;

  constructor(targetPort: number) {
    this.targetPort = targetPort;
  }

  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  reset(): void {
    this.bytesUp = 0;
    this.bytesDown = 0;
  }

  async start(): Promise<this> {
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, '127.0.0.1');
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.on('data', (chunk: Buffer) => {
        this.bytesUp += chunk.length;
      });
      upstream.on('data', (chunk: Buffer) => {
        this.bytesDown += chunk.length;
      });
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    this.server = server;
    const address = server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }
}
