package io.github.zhibiao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
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
 * each, iterations interleaved (A B A B ...), and the verdict the median of the per-round time
 * ratios with its quartiles. Separate JVM runs of one build on the shared development machine
 * differ by ±15% from one minute to the next, more than most single changes buy; interleaving
 * puts that drift on every build alike.
 *
 * <pre>
 * java -cp target/benchmark-classes io.github.zhibiao.bench.Compare [options] OLD.jar NEW.jar ...
 *
 *   --stage S    normalize, findQuantities or extract (default extract)
 *   --size N     characters of the synthetic corpus (default 10485760)
 *   --rounds N   timed rounds (default 20), after 3 warm-up rounds
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
    long[][] nanos = new long[builds.size()][rounds];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = -3; r < rounds; r++) {
      for (int b = 0; b < builds.size(); b++) {
        long cpu0 = threads.getCurrentThreadCpuTime();
        Measure.sink += builds.get(b).run(text);
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        if (r >= 0) nanos[b][r] = cpu;
      }
    }
    System.out.printf(Locale.ROOT, "%s on %,d characters of the synthetic corpus, %d rounds"
        + " (CPU time per pass)%n%n", stage, text.length(), rounds);
    System.out.println("| build | median ms | M chars/s | time / first build, median"
        + " (quartiles) |");
    System.out.println("| --- | ---: | ---: | --- |");
    for (int b = 0; b < builds.size(); b++) {
      long[] sorted = nanos[b].clone();
      Arrays.sort(sorted);
      double median = sorted[rounds / 2];
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) ratios[r] = (double) nanos[b][r] / nanos[0][r];
      Arrays.sort(ratios);
      System.out.printf(Locale.ROOT, "| %s | %.1f | %.2f | %s |%n", jars.get(b), median / 1e6,
          text.length() / (median / 1e3),
          b == 0 ? "1" : String.format(Locale.ROOT, "%.3f (%.3f to %.3f)", ratios[rounds / 2],
              ratios[rounds / 4], ratios[(3 * rounds) / 4]));
    }
  }

  /** One build: its class loader, its engine and the stage's method. */
  private static final class Build {
    private final Object engine;
    private final Method stage;

    Build(Path jar, String stageName) throws Exception {
      ClassLoader loader = loader(jar);
      Class<?> zhibiao = loader.loadClass("io.github.zhibiao.Zhibiao");
      engine = zhibiao.getMethod("create").invoke(null);
      stage = zhibiao.getMethod(stageName, String.class);
    }

    private static ClassLoader loader(Path jar) throws MalformedURLException {
      return new URLClassLoader(new URL[] {jar.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
    }

    /** Runs the stage once; returns a count of what it found, so the work is not dropped. */
    long run(String text) throws Exception {
      Object result = stage.invoke(engine, text);
      if (result instanceof List<?> quantities) return quantities.size();
      // a Document (its indicators) or a NormalizedText (its text): a cheap look, not a hash
      Method part = result.getClass().getMethod(
          stage.getName().equals("extract") ? "indicators" : "text");
      Object value = part.invoke(result);
      return value instanceof List<?> list ? list.size() : ((String) value).length();
    }
  }
}
