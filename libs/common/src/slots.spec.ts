import { Slots } from './slots.js';

describe('Slots', () => {
  it('lets at most its size run, the others in arrival order', async () => {
    const slots = new Slots(2);
    const order: string[] = [];
    const a = await slots.take();
    const b = await slots.take();
    const c = slots.take().then((give) => (order.push('c'), give));
    const d = slots.take().then((give) => (order.push('d'), give));
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([]);
    a();
    a(); // given back once only
    const giveC = await c;
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['c']);
    b();
    (await d)();
    giveC();
    expect(order).toEqual(['c', 'd']);
  });

  it('stops waiting when the signal aborts, and the slot goes to the next', async () => {
    const slots = new Slots(1);
    const first = await slots.take();
    const abort = new AbortController();
    const waiting = slots.take(abort.signal);
    const next = slots.take();
    abort.abort(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');
    first();
    (await next)();
    await expect(slots.take(abort.signal)).rejects.toThrow('stopped');
  });
});
