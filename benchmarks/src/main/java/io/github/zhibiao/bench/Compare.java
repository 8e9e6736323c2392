package io.github.zhibiao.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares builds of the library in one JVM: each jar in a class loader of its own, one engine
 * each, samples interleaved (A B, then B A, ...), and the verdict the median of the per-round time
 * ratios with its quartiles. Separate JVM runs of one build on the shared development machine
 * differ by ±15% from one minute to the next, more than most single changes buy; interleaving
 * puts that drift on every build alike.
 *
 * <pre>
 * java -cp target/benchmark-classes io.github.zhibiao.bench.Compare [options] OLD.jar NEW.jar ...
 *
 *   --stage S    normalize, findQuantities or extract (default extract)
 *   --size N     characters of the synthetic corpus (default 10485760)
 *   --rounds N   timed rounds (default 20), after a warm-up of 5 s and 3 rounds at least
 *   --seeds DIR  the seed corpus (default: seeds)
 * </pre>
 *
 * <p>The jars are runnable builds ({@code target/zhibiao.jar}, which carries its dependencies).
 * Only the JDK and this class's own package are on the class path: the library is reached by
 * reflection, so that no build's classes shadow another's.
 */
public final class Compare {
  private static final List<String> STAGES = List.of("normalize", "findQuantities", "extract");

  private Compare() {}

  public static void main(String[] args) throws Exception {
    String stage = "extract";
    int size = 10 * 1024 * 1024;
    int rounds = 20;
    Path seeds = Path.of("seeds");
    List<Path> jars = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--stage" -> stage = args[++i];
        case "--size" -> size = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--seeds" -> seeds = Path.of(args[++i]);
        default -> jars.add(Path.of(args[i]));
      }
    }
    if (jars.size() < 2 || !STAGES.contains(stage) || rounds < 1 || size < 1) {
      System.err.println("usage: Compare [--stage normalize|findQuantities|extract] [--size N]"
          + " [--rounds N] [--seeds DIR] OLD.jar NEW.jar ...");
      System.exit(2);
    }
    for (Path jar : jars) {
      if (!Files.isReadable(jar)) {
        System.err.println("Compare: cannot read " + jar);
        System.exit(2);
      }
    }
    String text = Corpus.load(seeds).synthetic(size);
    List<Build> builds = new ArrayList<>();
    for (Path jar : jars) builds.add(new Build(jar, stage));
    // Warm-up: at least three rounds and five seconds, so that every build is compiled also on
    // a few-KB --size; then passes per sample such that a sample lasts 50 ms or more.
    long warmStart = System.nanoTime();
    int reps = 1;
    for (int r = 0; r < 3 || System.nanoTime() - warmStart < WARMUP_NANOS; r++) {
      long start = System.nanoTime();
      for (Build b : builds) b.sample(text, reps);
      long perBuild = (System.nanoTime() - start) / builds.size();
      if (perBuild < SAMPLE_NANOS && reps < (1 << 20)) reps *= 2;
    }
    long[][] nanos = new long[builds.size()][rounds];
    long[] bytes = new long[builds.size()];
    for (int r = 0; r < rounds; r++) {
      // A B C, then C B A: a build's place in the round does not favour it
      for (int k = 0; k < builds.size(); k++) {
        int b = r % 2 == 0 ? k : builds.size() - 1 - k;
        long bytes0 = allocatedBytes();
        nanos[b][r] = builds.get(b).sample(text, reps);
        bytes[b] += allocatedBytes() - bytes0;
      }
    }
    double passes = (double) rounds * reps;
    System.out.printf(Locale.ROOT, "%s on %,d characters of the synthetic corpus: %d rounds of %d"
        + " pass%s per build, interleaved; CPU time of the measuring thread (GC threads not"
        + " counted: see B/char)%n%n", stage, text.length(), rounds, reps, reps == 1 ? "" : "es");
    System.out.println("| build | median ms per pass | M chars/s | B/char | time / first build,"
        + " median (quartiles) |");
    System.out.println("| --- | ---: | ---: | ---: | --- |");
    for (int b = 0; b < builds.size(); b++) {
      double median = quantile(nanos[b], 0.5) / reps;
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) ratios[r] = (double) nanos[b][r] / nanos[0][r];
      System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %s |%n", jars.get(b),
          median / 1e6, text.length() / (median / 1e3), bytes[b] / passes / text.length(),
          b == 0 ? "1" : String.format(Locale.ROOT, "%.3f (%.3f to %.3f)", quantile(ratios, 0.5),
              quantile(ratios, 0.25), quantile(ratios, 0.75)));
    }
  }

  private static final long WARMUP_NANOS = 5_000_000_000L;
  private static final long SAMPLE_NANOS = 50_000_000L;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static long allocatedBytes() {
    return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  /** The {@code q} quantile, interpolated between order statistics (the median of an even count
   * is the mean of the middle two). */
  static double quantile(long[] values, double q) {
    double[] d = new double[values.length];
    for (int k = 0; k < d.length; k++) d[k] = values[k];
    return quantile(d, q);
  }

  static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double at = q * (sorted.length - 1);
    int lo = (int) Math.floor(at);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
  }

  /** One build: its class loader, its engine, the stage's method and the count's accessor. */
  private static final class Build {
    private final Object engine;
    private final Method stage;
    /** Document#indicators or NormalizedText#text; null for findQuantities (a list). */
    private final Method count;

    Build(Path jar, String stageName) throws Exception {
      ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> zhibiao = loader.loadClass("io.github.zhibiao.Zhibiao");
      engine = zhibiao.getMethod("create").invoke(null);
      stage = zhibiao.getMethod(stageName, String.class);
      count = switch (stageName) {
        case "extract" -> stage.getReturnType().getMethod("indicators");
        case "normalize" -> stage.getReturnType().getMethod("text");
        default -> null;
      };
    }

    /** Runs the stage {@code reps} times; returns the CPU time it took. */
    long sample(String text, int reps) throws Exception {
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      long found = 0;
      for (int i = 0; i < reps; i++) found += run(text);
      long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
      Measure.sink += found;
      return cpu;
    }

    /** Runs the stage once; returns a count of what it found, so the work is not dropped. */
    private long run(String text) throws Exception {
      Object result = stage.invoke(engine, text);
      Object value = count == null ? result : count.invoke(result);
      return value instanceof List<?> list ? list.size() : ((String) value).length();
    }
  }
}
