package io.github.zhibiao.cli;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * How far a run over its inputs has got, shown as one line on standard error: {@code files 12/340
 * MB 35.2/812.0  4.1 MB/s  ETA 3m10s}.
 *
 * <p>It is told the inputs' sizes up front (a size is unknown, -1, for standard input and anything
 * that is not a regular file; the total is then unknown and there is no ETA), then the bytes read
 * from the current input ({@link #read}) and the end of each input ({@link #done}). An input that
 * ends early (a binary file is read only as far as its first megabyte; a read can fail) counts its
 * full size when done, so that the total is reached. MB are 1,000,000 bytes; the rate is the
 * average since the start; the ETA is the bytes left at that rate.
 *
 * <p>Nothing is drawn during the first second ({@link #DELAY}), so a short run never flickers,
 * and then at most five times a second ({@link #INTERVAL}), by the clock given: there is no
 * thread, the line is redrawn only when told about progress (inputs are read in blocks of 64 KB,
 * and an input read whole counts when it has been read). {@link #finish} erases the line. The line
 * is short (under 80 columns) because it cannot know the terminal's width: on a narrower terminal
 * it wraps and is not rewritten cleanly. Not thread-safe; one per run.
 */
final class Progress {
  /** Time before the line is first drawn, in nanoseconds. */
  static final long DELAY = 1_000_000_000L;
  /** Least time between two draws, in nanoseconds. */
  static final long INTERVAL = 200_000_000L;
  private static final double MB = 1_000_000.0;

  /** Where to draw, or null when off. */
  private final StatusLine line;
  private final LongSupplier clock;
  private final long[] sizes;
  /** Sum of the sizes, or -1 if one is unknown. */
  private final long totalBytes;
  private final long start;
  /** Inputs done. */
  private int files;
  /** Bytes of the inputs done. */
  private long doneBytes;
  /** Bytes read from the current input. */
  private long current;
  private long lastDraw;
  private boolean drawn;

  /**
   * @param line where to draw
   * @param clock a monotonic clock in nanoseconds
   * @param sizes each input's size in bytes, in order, or -1 where it is not known
   */
  Progress(StatusLine line, LongSupplier clock, long[] sizes) {
    this.line = line;
    this.clock = clock;
    this.sizes = sizes.clone();
    long total = 0;
    for (long s : sizes) {
      if (s < 0) {
        total = -1;
        break;
      }
      total += s;
    }
    this.totalBytes = total;
    this.start = clock.getAsLong();
  }

  /** Progress that shows nothing. */
  static Progress off() {
    return new Progress(null, () -> 0L, new long[0]);
  }

  /** {@code n} more bytes of the current input have been read. */
  void read(long n) {
    if (line == null || n <= 0) return;
    current += n;
    update();
  }

  /** The current input is done (read, skipped or failed); the next one is current. */
  void done() {
    if (line == null) return;
    long size = files < sizes.length ? sizes[files] : -1;
    doneBytes += Math.max(current, size);
    current = 0;
    files++;
    update();
  }

  /** Erases the line: the run is over. */
  void finish() {
    if (line != null) line.erase();
  }

  private void update() {
    long now = clock.getAsLong();
    if (now - start < DELAY) return;
    if (drawn && now - lastDraw < INTERVAL) return;
    line.show(text(now));
    lastDraw = now;
    drawn = true;
  }

  /** The line as it reads at time {@code now}. */
  String text(long now) {
    long bytes = doneBytes + current;
    StringBuilder b = new StringBuilder(64);
    b.append("files ").append(files).append('/').append(sizes.length);
    b.append("  MB ").append(mb(bytes));
    long total = totalBytes < 0 ? -1 : Math.max(totalBytes, bytes);
    if (total >= 0) b.append('/').append(mb(total));
    double seconds = (now - start) / 1e9;
    if (seconds > 0) {
      double rate = bytes / seconds;
      b.append("  ").append(mb((long) rate)).append(" MB/s");
      if (total >= 0 && rate > 0) {
        b.append("  ETA ").append(duration((long) Math.ceil((total - bytes) / rate)));
      }
    }
    return b.toString();
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / MB);
  }

  /** {@code 45s}, {@code 3m10s}, {@code 2h05m}. */
  static String duration(long seconds) {
    if (seconds < 60) return seconds + "s";
    if (seconds < 3600) return seconds / 60 + "m" + twoDigits(seconds % 60) + "s";
    return seconds / 3600 + "h" + twoDigits(seconds % 3600 / 60) + "m";
  }

  private static String twoDigits(long n) {
    return n < 10 ? "0" + n : Long.toString(n);
  }
}
