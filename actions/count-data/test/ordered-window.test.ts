import { describe, expect, it } from 'vitest';
import { OrderedWindow } from '../src/ordered-window.ts';

describe('OrderedWindow', () => {
  it('hands results on in the order started, whatever order they finish in', async () => {
    const handed: string[] = [];
    const window = new OrderedWindow<string>(10, (result) => handed.push(result));
    for (const index of [0, 1, 2, 3]) expect(await window.enter(index)).toBe(true);
    window.finish(2, 'c');
    window.finish(1, 'b');
    expect(handed).toEqual([]);
    expect(window.held).toBe(2);
    window.finish(0, 'a');
    expect(handed).toEqual(['a', 'b', 'c']);
    window.finish(3, 'd');
    expect(handed).toEqual(['a', 'b', 'c', 'd']);
    expect(window.held).toBe(0);
  });

  it('lets work start at most `size` places past the oldest unfinished item', async () => {
    const window = new OrderedWindow<number>(3, () => {});
    for (const index of [0, 1, 2]) await window.enter(index);
    let started = false;
    const fourth = window.enter(3).then(() => {
      started = true;
    });
    window.finish(2, 2);
    window.finish(1, 1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(started).toBe(false); // item 0 still runs: 3 would be 3 places past it
    expect(window.held).toBe(2);
    window.finish(0, 0);
    await fourth;
    expect(started).toBe(true);
  });

  it('once abandoned, lets every waiting item go without work and hands nothing on', async () => {
    const handed: number[] = [];
    const window = new OrderedWindow<number>(1, (result) => handed.push(result));
    await window.enter(0);
    const waiting = window.enter(1);
    window.abandon();
    expect(await waiting).toBe(false);
    expect(await window.enter(2)).toBe(false);
    window.finish(0, 0);
    expect(handed).toEqual([]);
  });
});
