import { request as httpRequest, type ClientRequest } from 'node:http';

/** One server-sent event as a page reads it, with when it arrived (performance.now()). */
export interface StreamEvent {
  event: string;
  data: Record<string, unknown>;
  at: number;
}

/** A listening page: GET /events with its bearer token, read as the web reads it (fetch streaming, same framing). */
export interface OpenStream {
  status: number;
  /** The refusal's body when status is not 200. */
  refusal: { errors: Array<{ message: string; extensions: Record<string, unknown> }> } | null;
  events: StreamEvent[];
  /** The first event (already received or to come) that `match` accepts; rejects after `timeoutMs`. */
  next(match: (e: StreamEvent) => boolean, timeoutMs?: number): Promise<StreamEvent>;
  /** Resolves once the server has closed the stream. */
  ended: Promise<void>;
  close(): void;
}

export function openEventStream(baseUrl: string, token?: string): Promise<OpenStream> {
  return new Promise((resolve, reject) => {
    const events: StreamEvent[] = [];
    const waiters = new Set<() => void>();
    let endedResolve: () => void = () => undefined;
    const ended = new Promise<void>((r) => (endedResolve = r));
    const req: ClientRequest = httpRequest(
      `${baseUrl}/events`,
      { headers: token ? { authorization: `Bearer ${token}`, accept: 'text/event-stream' } : {} },
      (res) => {
        res.setEncoding('utf8');
        const status = res.statusCode ?? 0;
        if (status !== 200) {
          let body = '';
          res.on('data', (c: string) => (body += c));
          res.on('end', () => {
            endedResolve();
            resolve({
              status,
              refusal: JSON.parse(body) as OpenStream['refusal'],
              events,
              next: () => Promise.reject(new Error(`stream refused with ${status}`)),
              ended,
              close: () => undefined,
            });
          });
          return;
        }
        let buffer = '';
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let cut: number;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            let event = 'message';
            const data: string[] = [];
            for (const line of block.split('\n')) {
              if (line.startsWith('event: ')) event = line.slice(7);
              else if (line.startsWith('data: ')) data.push(line.slice(6));
            }
            if (!data.length) continue;
            events.push({
              event,
              data: JSON.parse(data.join('\n')) as Record<string, unknown>,
              at: performance.now(),
            });
            for (const wake of [...waiters]) wake();
          }
        });
        res.on('close', () => {
          endedResolve();
          for (const wake of [...waiters]) wake();
        });
        resolve({
          status,
          refusal: null,
          events,
          ended,
          next(match, timeoutMs = 20_000) {
            return new Promise((found, fail) => {
              let from = 0;
              const check = () => {
                for (; from < events.length; from++) {
                  if (match(events[from])) {
                    waiters.delete(check);
                    clearTimeout(timer);
                    return found(events[from]);
                  }
                }
              };
              const timer = setTimeout(() => {
                waiters.delete(check);
                fail(
                  new Error(
                    `no matching event within ${timeoutMs} ms; got ${JSON.stringify(events.map((e) => [e.event, e.data.state, e.data.progress, e.data.step]))}`,
                  ),
                );
              }, timeoutMs);
              waiters.add(check);
              check();
            });
          },
          close: () => req.destroy(),
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
