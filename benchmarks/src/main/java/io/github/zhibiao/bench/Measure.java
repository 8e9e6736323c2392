package io.github.zhibiao.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Times a {@link Stage} over a list of documents: a first pass, calibration, warm-up iterations,
 * then timed iterations. One iteration runs the stage over every document {@code reps} times,
 * where {@code reps} is the first power of two for which a (calibration) iteration lasted at least
 * {@link Budget#minIterationNanos}. The
 * numbers of iterations follow from the time budget, within fixed bounds, and are reported.
 */
final class Measure {
  /** How long to spend; {@code jitWarmupNanos} is spent once, before the first workload. */
  record Budget(long minIterationNanos, long warmupNanos, long measureNanos, int minWarmup,
      int maxWarmup, int minTimed, int maxTimed, long jitWarmupNanos) {
    static final Budget DEFAULT = new Budget(20_000_000L, 1_500_000_000L, 2_500_000_000L,
        2, 30, 5, 25, 15_000_000_000L);
    static final Budget QUICK = new Budget(10_000_000L, 300_000_000L, 500_000_000L,
        1, 10, 3, 7, 2_000_000_000L);
  }

  /**
   * One measurement.
   *
   * @param chars characters per pass over the documents
   * @param docs documents per pass
   * @param reps passes per iteration
   * @param nanos the timed iterations' wall times, sorted
   * @param cpuNanos the timed iterations' CPU times (summed over threads), sorted
   * @param allocatedBytes bytes allocated by the measuring thread(s) over the timed iterations
   * @param checksum what the stage found in one pass
   * @param paired for each baseline timed alongside (see {@link #run}): the ratios of this stage's
   *     CPU time per character to the baseline's around the same timed iteration (the mean of
   *     the iterations before and after it), sorted; for a thread count, its time over the
   *     first count's in the same round
   * @param pairedSpeed for each baseline timed alongside: its CPU throughput in M chars/s in those
   *     iterations, sorted (how fast the machine was while this stage was timed)
   */
  record Sample(String workload, String stage, long chars, int docs, int reps, int warmup,
      long[] nanos, long[] cpuNanos, long allocatedBytes, long checksum,
      Map<String, double[]> paired, Map<String, double[]> pairedSpeed) {
    /** The median paired ratio to {@code baseline}, or NaN if it was not timed alongside. */
    double pairedRatio(String baseline) {
      return median(paired.get(baseline));
    }

    /** The baseline's median throughput while this stage was timed, or NaN. */
    double pairedSpeed(String baseline) {
      return median(pairedSpeed.get(baseline));
    }

    /**
     * For a thread count: the speedup over the {@code first} count, round by round, as its median
     * and its lower and upper quartiles (the first count's time over this one's).
     */
    double[] pairedSpeedup(String first) {
      double[] r = paired.get(first); // this count's time over the first's, sorted
      return new double[] {1 / r[r.length / 2], 1 / r[3 * r.length / 4], 1 / r[r.length / 4]};
    }

    private static double median(double[] sorted) {
      return sorted == null ? Double.NaN : sorted[sorted.length / 2];
    }

    long median() {
      return nanos[nanos.length / 2];
    }

    long cpuMedian() {
      return cpuNanos[cpuNanos.length / 2];
    }

    /** Wall-clock throughput. */
    double charsPerSecondMillions() {
      return (double) chars * reps / median() * 1_000;
    }

    /** Throughput per CPU-second: what one core does when it is not shared. */
    double charsPerCpuSecondMillions() {
      return (double) chars * reps / cpuMedian() * 1_000;
    }

    /** CPU microseconds per document. */
    double microsPerDoc() {
      return cpuMedian() / 1_000.0 / reps / docs;
    }

    double bytesPerChar() {
      return (double) allocatedBytes / nanos.length / reps / chars;
    }
  }

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  static {
    if (!THREADS.isThreadAllocatedMemorySupported()) {
      throw new IllegalStateException("this JVM does not measure thread allocation");
    }
    THREADS.setThreadAllocatedMemoryEnabled(true);
    if (!THREADS.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM does not measure thread CPU time");
    }
    THREADS.setThreadCpuTimeEnabled(true);
  }

  /** Iterations longer than this get one warm-up and three timed runs, whatever the budget. */
  private static final long LONG_ITERATION_NANOS = 5_000_000_000L;

  /** The most passes in one iteration. */
  private static final int MAX_REPS = 1 << 20;

  /** Defeats dead-code elimination: every checksum is added here. */
  static volatile long sink;

  private Measure() {}

  static long allocatedBytes() {
    return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  /** Runs {@code stage} over every document once; returns the sum of its counts. */
  static long pass(Stage stage, List<String> docs) {
    long sum = 0;
    for (String doc : docs) sum += stage.run().applyAsLong(doc);
    return sum;
  }

  /**
   * Times {@code stage}: a first pass, calibration, warm-up iterations, then timed iterations,
   * with one iteration of each of the {@code baselines} on the same documents right before and
   * right after each timed iteration (in mirrored order: raw, regex, stage, regex, raw). Each
   * ratio is the stage's CPU time per character over the mean of the baseline's two, iteration
   * by iteration, so that it holds when the machine's speed changes during the measurement: on
   * the 2-core development machine everything, the raw pass too, runs a third slower for
   * seconds at a time. A baseline iteration lasts at least a quarter of the stage's, so that the
   * two around it cover about half of the moment they stand for (on 10 MB the raw pass alone
   * takes 30 ms, {@code extract} 470).
   */
  static Sample run(String workload, Stage stage, List<String> docs, Budget budget,
      List<Stage> baselines) {
    long chars = docs.stream().mapToLong(String::length).sum();
    long checksum = pass(stage, docs);
    long[] calibration = calibrate(stage, docs, budget);
    int reps = (int) calibration[0];
    long iteration = calibration[1];
    int[] baseReps = new int[baselines.size()];
    for (int b = 0; b < baselines.size(); b++) {
      pass(baselines.get(b), docs);
      long[] c = calibrate(baselines.get(b), docs, budget);
      long perPass = Math.max(1, c[1] / c[0]);
      long r = c[0];
      while (r * perPass < iteration / 4 && r < MAX_REPS) r *= 2;
      baseReps[b] = (int) r;
    }
    int warmup = clamp(budget.warmupNanos() / iteration, budget.minWarmup(), budget.maxWarmup());
    int timed = clamp(budget.measureNanos() / iteration, budget.minTimed(), budget.maxTimed());
    if (iteration > LONG_ITERATION_NANOS) { // 100 MB at a few M chars/s: keep the run in minutes
      warmup = 1;
      timed = 3;
    }
    for (int i = 0; i < warmup; i++) iterate(stage, docs, reps);
    long[] nanos = new long[timed];
    long[] cpu = new long[timed];
    int nb = baselines.size();
    double[][] ratios = new double[nb][timed];
    double[][] speeds = new double[nb][timed];
    long[] before = new long[nb];
    long allocated = 0;
    for (int i = 0; i < timed; i++) {
      for (int b = 0; b < nb; b++) before[b] = baselineNanos(baselines.get(b), docs, baseReps[b]);
      long bytes0 = allocatedBytes();
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      iterate(stage, docs, reps);
      nanos[i] = System.nanoTime() - start;
      cpu[i] = THREADS.getCurrentThreadCpuTime() - cpu0;
      allocated += allocatedBytes() - bytes0;
      double perChar = (double) cpu[i] / reps / chars;
      for (int b = nb - 1; b >= 0; b--) {
        long after = baselineNanos(baselines.get(b), docs, baseReps[b]);
        double basePerChar = (before[b] + after) / 2.0 / baseReps[b] / chars;
        ratios[b][i] = perChar / basePerChar;
        speeds[b][i] = 1_000 / basePerChar;
      }
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    Map<String, double[]> paired = new LinkedHashMap<>();
    Map<String, double[]> pairedSpeed = new LinkedHashMap<>();
    for (int b = 0; b < baselines.size(); b++) {
      Arrays.sort(ratios[b]);
      Arrays.sort(speeds[b]);
      paired.put(baselines.get(b).name(), ratios[b]);
      pairedSpeed.put(baselines.get(b).name(), speeds[b]);
    }
    return new Sample(workload, stage.name(), chars, docs.size(), reps, warmup, nanos, cpu,
        allocated, checksum, paired, pairedSpeed);
  }

  /** The CPU time of one iteration of a baseline, at least 1 ns. */
  private static long baselineNanos(Stage baseline, List<String> docs, int reps) {
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    iterate(baseline, docs, reps);
    return Math.max(1, THREADS.getCurrentThreadCpuTime() - cpu0);
  }

  /**
   * Calibrates on iterations after a first pass, doubling the passes until one lasts long
   * enough: returns the passes per iteration and the last iteration's wall time. Reps taken from
   * the first (cold, partly interpreted) pass alone left short documents with iterations of 0.7
   * ms instead of 20 (154 characters: 86 passes), so a GC pause or a deoptimisation in a timed
   * iteration weighed thirty times more than intended.
   */
  private static long[] calibrate(Stage stage, List<String> docs, Budget budget) {
    int reps = 1;
    while (true) {
      long start = System.nanoTime();
      iterate(stage, docs, reps);
      long iteration = Math.max(1, System.nanoTime() - start);
      if (iteration >= budget.minIterationNanos() || reps == MAX_REPS) {
        return new long[] {reps, iteration};
      }
      reps = (int) Math.min(MAX_REPS, 2L * reps);
    }
  }

  private static void iterate(Stage stage, List<String> docs, int reps) {
    long sum = 0;
    for (int r = 0; r < reps; r++) sum += pass(stage, docs);
    sink += sum;
  }

  /**
   * Runs {@code stage} over {@code docs} on each of the thread counts {@code threads}, every count
   * sharing whatever the stage closes over (one engine). The threads take the documents from one
   * shared cursor, each the next one not yet taken, as a pool fed from a queue would: one sample
   * per count, in the order given. The time of an iteration is its wall time (until the last
   * thread is done); the allocation and the CPU time are summed over the threads.
   *
   * <p>Until run 9 each thread had a fixed share (thread j took documents j, j + k, ...), so a
   * thread slowed for a while by the machine's other load kept its whole share and the other
   * waited for it: in a scratch comparison, six JVMs each timing both ways in the same rounds
   * on the 2 MB corpus, the paired two-thread speedup of {@code extract} was 1.78 to 1.97 with
   * fixed shares and 1.82 to 2.03 with the cursor, with quartiles closer together.
   *
   * <p>The counts are interleaved: every round runs one iteration of each count, warm-up rounds
   * first, and each sample's {@link Sample#paired} holds its time over the first count's round by
   * round. So JIT warm-up, heap sizing and the neighbours' load fall on all counts alike, and the
   * first count measured does not pay for the warm-up (run 3 measured the one-thread pass first,
   * and it used more CPU in total than the two-thread pass that followed it).
   *
   * <p>Warm-up lasts {@code minWarmup} rounds and {@code warmupNanos} at least: while the JIT
   * still compiles, its threads take a core from the two-thread pass but not from the one-thread
   * pass, which has one to spare. (On the 2-core development machine that is not the whole
   * story: three measurements of one build in a row, each after 8 s of warm-up, gave 1.62×,
   * 1.60× and 1.87×.)
   */
  static List<Sample> runThreads(String workload, Stage stage, List<String> docs,
      List<Integer> threads, int minWarmup, long warmupNanos, int timed) throws Exception {
    long chars = docs.stream().mapToLong(String::length).sum();
    List<ThreadRun> runs = new ArrayList<>();
    try {
      for (int t : threads) runs.add(new ThreadRun(t, docs, timed));
      int warmup = 0;
      long start = System.nanoTime();
      while (warmup < minWarmup || System.nanoTime() - start < warmupNanos) {
        for (ThreadRun run : runs) run.iterate(stage, -1);
        warmup++;
      }
      // In every other round the counts go in reverse order (1 2, 2 1, 1 2, …), so that a
      // machine speeding up or slowing down within a round favours neither.
      List<ThreadRun> reversed = new ArrayList<>(runs);
      java.util.Collections.reverse(reversed);
      for (int i = 0; i < timed; i++) {
        for (ThreadRun run : i % 2 == 0 ? runs : reversed) run.iterate(stage, i);
      }
      // Each round's time of every count over the first count's in the same round: the rounds
      // last a fraction of a second, so the two times of one round see the same machine.
      ThreadRun first = runs.get(0);
      String firstName = stage.name() + " ×" + first.threads;
      List<double[]> perRound = new ArrayList<>();
      for (ThreadRun run : runs) {
        double[] r = new double[timed];
        for (int i = 0; i < timed; i++) r[i] = (double) run.nanos[i] / first.nanos[i];
        Arrays.sort(r);
        perRound.add(r);
      }
      List<Sample> out = new ArrayList<>();
      for (int k = 0; k < runs.size(); k++) {
        ThreadRun run = runs.get(k);
        Arrays.sort(run.nanos);
        Arrays.sort(run.cpu);
        out.add(new Sample(workload, stage.name() + " ×" + run.threads, chars, docs.size(),
            1, warmup, run.nanos, run.cpu, run.allocated, run.checksum,
            Map.of(firstName, perRound.get(k)), Map.of()));
      }
      return out;
    } finally {
      for (ThreadRun run : runs) run.pool.shutdownNow();
    }
  }

  /** One thread count of {@link #runThreads}: its pool, the documents, its times. */
  private static final class ThreadRun {
    final int threads;
    final List<String> docs;
    final ExecutorService pool;
    final long[] nanos;
    final long[] cpu;
    long allocated;
    long checksum;

    ThreadRun(int threads, List<String> docs, int timed) {
      this.threads = threads;
      this.docs = docs;
      pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "bench-worker");
        t.setDaemon(true);
        return t;
      });
      nanos = new long[timed];
      cpu = new long[timed];
    }

    /** One iteration; recorded as timed iteration {@code i} unless {@code i} is negative. */
    void iterate(Stage stage, int i) throws Exception {
      List<Future<long[]>> futures = new ArrayList<>();
      AtomicInteger next = new AtomicInteger();
      long start = System.nanoTime();
      for (int k = 0; k < threads; k++) {
        futures.add(pool.submit(() -> {
          long b0 = allocatedBytes();
          long cpu0 = THREADS.getCurrentThreadCpuTime();
          long sum = 0;
          for (int d; (d = next.getAndIncrement()) < docs.size(); ) {
            sum += stage.run().applyAsLong(docs.get(d));
          }
          return new long[] {
            sum, allocatedBytes() - b0, THREADS.getCurrentThreadCpuTime() - cpu0
          };
        }));
      }
      long sum = 0;
      long bytes = 0;
      long cpuTime = 0;
      for (Future<long[]> f : futures) {
        long[] r = f.get();
        sum += r[0];
        bytes += r[1];
        cpuTime += r[2];
      }
      long elapsed = System.nanoTime() - start;
      sink += sum;
      checksum = sum;
      if (i >= 0) {
        nanos[i] = elapsed;
        cpu[i] = cpuTime;
        allocated += bytes;
      }
    }
  }

  private static int clamp(long value, int min, int max) {
    return (int) Math.max(min, Math.min(max, value));
  }
}
