/** Builds with more articles than this show progress bars on a terminal. */
export const PROGRESS_MIN_ARTICLES = 50;

export interface Progress {
  update: (done: number, total: number) => void;
  done: () => void;
}

const WIDTH = 28;

/** The bar as one line: "extract  [#########-------------------]  312/1,000". */
export function progressLine(label: string, done: number, total: number): string {
  const share = total ? Math.min(done / total, 1) : 1;
  const filled = Math.round(share * WIDTH);
  return `${label.padEnd(8)} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`;
}

/** A progress bar on a terminal stream, redrawn in place at most every 100 ms; nothing on a pipe or a file. */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update: () => {}, done: () => {} };
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      drawn = true;
      stream.write(`\r${progressLine(label, done, total)}\x1b[K`);
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
