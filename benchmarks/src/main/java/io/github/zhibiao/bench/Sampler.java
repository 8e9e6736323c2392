package io.github.zhibiao.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A poor man's sampling profiler: a daemon thread takes the stack of one thread about every
 * millisecond and counts its top frame (self time) and every distinct method on it (inclusive
 * time). Stacks are taken at safepoints, so hot loops without one are under-counted; use JFR for
 * a second opinion (see benchmarks/README.md).
 */
final class Sampler implements AutoCloseable {
  private final Thread target;
  private final Thread sampler;
  private final Map<String, Integer> self = new HashMap<>();
  private final Map<String, Integer> inclusive = new HashMap<>();
  private volatile boolean running = true;
  private int samples;

  Sampler(Thread target) {
    this.target = target;
    this.sampler = new Thread(this::loop, "bench-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void loop() {
    while (running) {
      StackTraceElement[] stack = target.getStackTrace();
      if (stack.length > 0) record(stack);
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private synchronized void record(StackTraceElement[] stack) {
    samples++;
    self.merge(name(stack[0]), 1, Integer::sum);
    Set<String> seen = new HashSet<>();
    for (StackTraceElement frame : stack) {
      String name = name(frame);
      if (seen.add(name)) inclusive.merge(name, 1, Integer::sum);
    }
  }

  private static String name(StackTraceElement frame) {
    String cls = frame.getClassName();
    return cls.substring(cls.lastIndexOf('.') + 1) + "." + frame.getMethodName();
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    sampler.join();
  }

  /** The report, as two Markdown tables of the {@code top} entries each. */
  synchronized String report(int top) {
    StringBuilder out = new StringBuilder();
    out.append("Samples: ").append(samples).append("\n\n");
    table(out, "Top frames (self)", self, top, name -> true);
    // Inclusive counts of the library's own methods: where the time goes, stage by stage.
    table(out, "Library methods on the stack (inclusive)", inclusive, top,
        name -> !name.startsWith("Bench.") && !name.startsWith("Measure.")
            && !name.startsWith("Thread.") && !name.startsWith("Stage"));
    return out.toString();
  }

  private void table(StringBuilder out, String title, Map<String, Integer> counts, int top,
      java.util.function.Predicate<String> keep) {
    out.append("| ").append(title).append(" | samples | share |\n| --- | ---: | ---: |\n");
    List<Map.Entry<String, Integer>> entries = counts.entrySet().stream()
        .filter(e -> keep.test(e.getKey()))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(top)
        .toList();
    for (Map.Entry<String, Integer> e : entries) {
      out.append(String.format("| `%s` | %d | %.1f%% |%n", e.getKey(), e.getValue(),
          100.0 * e.getValue() / Math.max(1, samples)));
    }
    out.append('\n');
  }
}
