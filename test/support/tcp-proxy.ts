import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy between the application and a real database server, so a test can cut the network path (the database
 * itself keeps running: tests never stop the shared server) or drop a connection at a chosen moment.
 */
export class TcpProxy {
  private server: Server | undefined;
  private readonly pairs = new Set<[Socket, Socket]>();
  /** Every socket opened, until it closes: stop() ends them all, half-closed ones included. */
  private readonly sockets = new Set<Socket>();
  /** Called with each chunk the client sends; return true to forward it and then cut that client's connection. */
  cutAfter: ((chunk: Buffer) => boolean) | undefined;
  /** While frozen, bytes are held in both directions: to the application, the database hangs (as under SIGSTOP). */
  private frozen = false;
  private readonly held: Array<() => void> = [];
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<number> {
    const server = createServer((client) => {
      const upstream = createConnection({ host: this.targetHost, port: this.targetPort });
      const pair: [Socket, Socket] = [client, upstream];
      for (const socket of pair) {
        this.sockets.add(socket);
        socket.once('close', () => this.sockets.delete(socket));
      }
      this.pairs.add(pair);
      const drop = () => {
        this.pairs.delete(pair);
        client.destroy();
        upstream.destroy();
      };
      client.on('data', (chunk: Buffer) => {
        if (this.frozen) return void this.held.push(() => upstream.write(chunk));
        upstream.write(chunk);
        if (this.cutAfter?.(chunk)) {
          this.cutAfter = undefined;
          // The statement reaches the server, its answer never reaches the client.
          client.destroy();
        }
      });
      upstream.on('data', (chunk: Buffer) => {
        if (this.frozen) return void this.held.push(() => !client.destroyed && client.write(chunk));
        if (!client.destroyed) client.write(chunk);
      });
      client.on('error', drop);
      upstream.on('error', drop);
      client.on('close', () => upstream.end());
      upstream.on('close', drop);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
    return this.port;
  }

  freeze(): void {
    this.frozen = true;
  }

  thaw(): void {
    this.frozen = false;
    for (const send of this.held.splice(0)) send();
  }

  /** Stops accepting and cuts every open connection: to the application, the database has gone away. */
  async stop(): Promise<void> {
    for (const [client, upstream] of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    this.pairs.clear();
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
