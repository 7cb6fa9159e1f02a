import { describe, expect, it, vi } from 'vitest';
import { pooledPrintPage, type PrintTarget } from '../../main/services/print-pool';

/** Pages that print "%PDF <n>" and record what they were asked. */
function fakePages() {
  const opened: (PrintTarget & { jobs: string[]; closed: boolean })[] = [];
  const open = async (hash: string) => {
    const page = {
      jobs: [hash.slice('#print-slides:'.length)],
      closed: false,
      next(jobId: string) {
        page.jobs.push(jobId);
      },
      print: async () => Buffer.from(`%PDF ${opened.indexOf(page)}`),
      close() {
        page.closed = true;
      },
      isClosed: () => page.closed,
    };
    opened.push(page);
    return { target: page, loaded: Promise.resolve() };
  };
  return { opened, open };
}

const request = (jobId: string, ready = Promise.resolve()) => ({ jobId, hash: `#print-slides:${jobId}`, paperSize: 'A4' as const, ready });

describe('the print page kept between exports', () => {
  it('is given the next job instead of a new page being opened', async () => {
    const { opened, open } = fakePages();
    const pool = pooledPrintPage(open);
    await pool.printPage(request('a'));
    await pool.printPage(request('b'));
    expect(opened).toHaveLength(1);
    expect(opened[0]!.jobs).toEqual(['a', 'b']);
    pool.close();
    expect(opened[0]!.closed).toBe(true);
  });

  it('is not shared while printing: a second export meanwhile opens its own, and only one is kept', async () => {
    const { opened, open } = fakePages();
    const pool = pooledPrintPage(open);
    let draw: () => void = () => undefined;
    const first = pool.printPage(request('a', new Promise((resolve) => (draw = resolve))));
    await pool.printPage(request('b'));
    draw();
    await first;
    expect(opened).toHaveLength(2);
    expect(opened.filter((page) => page.closed)).toHaveLength(1);
    pool.close();
  });

  it('closes a page whose print failed, and opens a fresh one next time', async () => {
    const { opened, open } = fakePages();
    const pool = pooledPrintPage(open);
    await expect(pool.printPage(request('a', Promise.reject(new Error('slides-not-drawn'))))).rejects.toThrow();
    expect(opened[0]!.closed).toBe(true);
    await pool.printPage(request('b'));
    expect(opened).toHaveLength(2);
    pool.close();
  });

  it('closes the kept page after a while unused', async () => {
    vi.useFakeTimers();
    try {
      const { opened, open } = fakePages();
      const pool = pooledPrintPage(open, 1000);
      await pool.printPage(request('a'));
      expect(opened[0]!.closed).toBe(false);
      vi.advanceTimersByTime(1000);
      expect(opened[0]!.closed).toBe(true);
      await pool.printPage(request('b'));
      expect(opened).toHaveLength(2);
      pool.close();
    } finally {
      vi.useRealTimers();
    }
  });
});
