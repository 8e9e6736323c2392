package io.github.zhibiao.bench;

import io.github.zhibiao.Zhibiao;
import io.github.zhibiao.check.Checker;
import io.github.zhibiao.stats.Totals;
import io.github.zhibiao.bench.Measure.Budget;
import io.github.zhibiao.bench.Measure.Sample;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The zhibiao benchmarks: each stage of the pipeline and two baselines, timed on the same texts in
 * the same run, printed as Markdown.
 *
 * <pre>
 * mvn -B -ntp -q -Pbenchmarks package -DskipTests \
 *   &amp;&amp; java -cp target/zhibiao.jar:target/benchmark-classes io.github.zhibiao.bench.Bench [options]
 *
 *   --quick        small budgets and corpora (about a minute), for checking the harness
 *   --full         also the 100 MB synthetic corpus (a few GB of heap, slow)
 *   --check        no timing: checks the corpus generator and that every workload finds something
 *   --profile S    no tables: samples the full pipeline for S seconds and prints the hot methods
 *   --seeds DIR    the seed corpus (default: seeds)
 * </pre>
 *
 * <p>It runs on the class path, not the module path: allocation is read through {@code
 * com.sun.management.ThreadMXBean} (module {@code jdk.management}).
 */
public final class Bench {
  private static final int KB = 1024;
  private static final int MB = 1024 * 1024;
  /** Documents for the thread-scaling runs: the corpus cut into items of about this size. */
  private static final int THREAD_DOC_SIZE = 4 * KB;
  /**
   * Timed rounds of the thread runs. Seven (run 4) gave 1.90× in one run and 1.39× in the next
   * on the same code: a round lasts a tenth of a second, and the speed of this shared machine
   * varies from one second to the next, so the median needs more rounds to settle.
   */
  private static final int THREAD_ROUNDS = 31;
  /** The least warm-up of the thread runs, per stage: see {@link Measure#runThreads}. */
  private static final long THREAD_WARMUP_NANOS = 8_000_000_000L;

  /** A named list of documents. */
  record Workload(String name, List<String> docs) {
    static Workload of(String name, String text) {
      return new Workload(name, List.of(text));
    }

    long chars() {
      return docs.stream().mapToLong(String::length).sum();
    }
  }

  private final boolean quick;
  private final boolean full;
  private final Corpus corpus;
  private final Zhibiao zhibiao = Zhibiao.create();
  /** Investment totals by province, the CLI's main job. */
  private final Totals totals = Totals.standard();
  /** Every editorial rule: extract, then the checks (which read the layout again). */
  private final Checker checker = Checker.create();
  private final Map<String, Sample> results = new LinkedHashMap<>();

  private Bench(boolean quick, boolean full, Corpus corpus) {
    this.quick = quick;
    this.full = full;
    this.corpus = corpus;
  }

  /**
   * The stages, baselines first. Adding a stage is one line here; the tables, ratios and checks
   * pick it up.
   */
  List<Stage> stages() {
    return List.of(
        Stage.RAW_PASS,
        Stage.NAIVE_REGEX,
        Stage.of("normalize", t -> zhibiao.normalize(t).text().length()),
        Stage.of("findQuantities", t -> zhibiao.findQuantities(t).size()),
        Stage.of("extract", t -> zhibiao.extract(t).indicators().size()),
        Stage.of("extract + totals", t -> totals.of(zhibiao.extract(t)).size()),
        Stage.of("check", t -> checker.check(t).size()));
  }

  /** Stages that rightly find nothing in a short clean text: findings, investment totals. */
  private static final List<String> SPARSE_STAGES = List.of("extract + totals", "check");

  /** The stage the targets, thread scaling and profile are about. */
  private static final String FULL = "extract";
  /** The synthetic corpus that stands for typical text in the worst-case ratios. */
  private static final String TYPICAL = "synthetic 100 KB";

  List<Workload> corpora() {
    List<Workload> out = new ArrayList<>();
    out.add(new Workload("seeds (5 files)", corpus.seedFiles()));
    out.add(Workload.of("synthetic 1 KB", corpus.synthetic(KB)));
    out.add(Workload.of(TYPICAL, corpus.synthetic(100 * KB)));
    if (!quick) out.add(Workload.of("synthetic 10 MB", corpus.synthetic(10 * MB)));
    if (full) out.add(Workload.of("synthetic 100 MB", corpus.synthetic(100 * MB)));
    out.add(Workload.of("typical article", corpus.typicalArticle()));
    return out;
  }

  List<Workload> worstCases() {
    return worstCases(quick ? 64 * KB : 256 * KB);
  }

  /** The worst cases at {@code n} characters each (the one without punctuation at 4n). */
  List<Workload> worstCases(int n) {
    return List.of(
        Workload.of("worst: digits", runs("1234567890", n)),
        Workload.of("worst: Chinese numerals", runs("三千零二十点五万一二三四五六七八九十百千亿", n)),
        Workload.of("worst: units", runs("亿元万元美元吨亩公顷平方米个项家人次", n)),
        Workload.of("worst: qualifiers", runs("约近超过逾余多以上以下不低于不超过不足左右", n)),
        Workload.of("worst: no punctuation", corpus.withoutPunctuation(4 * n)),
        Workload.of("worst: short lines", corpus.shortLines(n)));
  }

  /** {@code length} characters: runs of 4,096 characters of {@code unit}, each then a figure. */
  private static String runs(String unit, int length) {
    return Corpus.repeat(Corpus.repeat(unit, WORST_RUN) + FIGURE, length);
  }

  private static final int WORST_RUN = 4 * KB;
  private static final String FIGURE = "，同比增长3.5%。";

  public static void main(String[] args) throws Exception {
    boolean quick = false;
    boolean full = false;
    boolean check = false;
    int profileSeconds = 0;
    Path seeds = Path.of("seeds");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--full" -> full = true;
        case "--check" -> check = true;
        case "--profile" -> profileSeconds = Integer.parseInt(args[++i]);
        case "--seeds" -> seeds = Path.of(args[++i]);
        default -> {
          System.err.println("usage: Bench [--quick] [--full] [--check] [--profile SECONDS]"
              + " [--seeds DIR]");
          System.exit(2);
        }
      }
    }
    Bench bench = new Bench(quick, full, Corpus.load(seeds));
    if (check) {
      System.exit(bench.check() ? 0 : 1);
    } else if (profileSeconds > 0) {
      bench.profile(profileSeconds);
    } else {
      bench.environment(args);
      bench.measure();
    }
  }

  private void environment(String[] args) throws IOException {
    Runtime rt = Runtime.getRuntime();
    System.out.println("## Machine\n");
    System.out.println("| | |\n| --- | --- |");
    row("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    row("arguments", args.length == 0 ? "(none)" : String.join(" ", args));
    row("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version")
        + " (" + System.getProperty("java.vendor") + ")");
    row("JVM options", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    row("GC", ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", ")));
    row("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    row("CPU", cpuModel());
    row("available processors", String.valueOf(rt.availableProcessors()));
    row("max heap", rt.maxMemory() / MB + " MB");
    row("load average at start", loadAverage());
    System.out.println();
  }

  /** The 1, 5 and 15 minute load averages: other work on the machine shows up here. */
  private static String loadAverage() throws IOException {
    Path load = Path.of("/proc/loadavg");
    if (!Files.isReadable(load)) return "unknown";
    String[] f = Files.readString(load).split(" ");
    return f[0] + " " + f[1] + " " + f[2];
  }

  private static String cpuModel() throws IOException {
    Path info = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(info)) return "unknown";
    return Files.readAllLines(info).stream()
        .filter(l -> l.startsWith("model name"))
        .map(l -> l.substring(l.indexOf(':') + 1).strip())
        .findFirst().orElse("unknown");
  }

  private static void row(String key, String value) {
    System.out.println("| " + key + " | " + value.replace("|", "\\|") + " |");
  }

  private void measure() throws Exception {
    Budget budget = quick ? Budget.QUICK : Budget.DEFAULT;
    List<Stage> stages = stages();
    System.out.println("## Single thread\n");
    System.out.println("Wall times are per iteration (reps passes over the workload). The machine"
        + " is shared, so throughput (M chars/s) and µs/doc come from the median thread CPU"
        + " time, which does not count time spent waiting for a core. The ratios ×raw and ×regex"
        + " are this stage's CPU time over the baseline's on the same text, the baseline timed"
        + " right before and right after each timed iteration of the stage; the median of those"
        + " per-iteration ratios is shown, so that they hold when the machine's speed changes."
        + " B/char is"
        + " allocation per input character.\n");
    warmUp(stages, budget);
    List<Workload> workloads = new ArrayList<>(corpora());
    workloads.addAll(worstCases());
    for (Workload w : workloads) {
      System.out.printf("### %s (%,d chars, %d doc%s, sha256 %s)%n%n", w.name(), w.chars(),
          w.docs().size(), w.docs().size() == 1 ? "" : "s", digest(w.docs()));
      System.out.println("| stage | warm-up / timed × reps | wall min ms | wall median ms"
          + " | wall max ms | CPU median ms | M chars/s | µs/doc | B/char | ×raw | ×regex | found |");
      System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
          + " ---: | ---: |");
      for (Stage stage : stages) {
        Sample s = Measure.run(w.name(), stage, w.docs(), budget, baselinesFor(stage));
        results.put(key(w.name(), stage.name()), s);
        System.out.printf(
            "| %s | %d / %d × %d | %s | %s | %s | %s | %.1f | %s | %.1f | %s | %s | %,d |%n",
            stage.name(), s.warmup(), s.nanos().length, s.reps(), ms(s.nanos()[0]),
            ms(s.median()), ms(s.nanos()[s.nanos().length - 1]), ms(s.cpuMedian()),
            s.charsPerCpuSecondMillions(),
            micros(s.microsPerDoc()), s.bytesPerChar(), ratio(s, Stage.RAW_PASS),
            ratio(s, Stage.NAIVE_REGEX),
            s.checksum());
      }
      System.out.println();
    }
    threads();
    targets();
    System.out.println("Load average at the end: " + loadAverage() + "\n");
  }

  /**
   * The baselines timed alongside {@code stage}, iteration by iteration, for its ratios: both for
   * a stage of the engine, the raw pass for the naive regex, none for the raw pass (1 by
   * definition).
   */
  private static List<Stage> baselinesFor(Stage stage) {
    if (stage == Stage.RAW_PASS) return List.of();
    if (stage == Stage.NAIVE_REGEX) return List.of(Stage.RAW_PASS);
    return List.of(Stage.RAW_PASS, Stage.NAIVE_REGEX);
  }

  /**
   * Runs every stage over every kind of text for {@link Budget#jitWarmupNanos} before anything is
   * timed, so that the JIT has compiled the pipeline's paths, the worst cases' too. Without it the
   * first workload measured paid for the compilation: the seeds' {@code extract} ran at 4.9 M
   * chars/s in run 4, against 20.5 on 10 MB.
   */
  private void warmUp(List<Stage> stages, Budget budget) {
    List<List<String>> texts = new ArrayList<>();
    texts.add(List.of(corpus.synthetic(256 * KB)));
    texts.add(corpus.seedFiles());
    texts.add(List.of(corpus.typicalArticle()));
    for (Workload w : worstCases(16 * KB)) texts.add(w.docs());
    long start = System.nanoTime();
    int rounds = 0;
    do {
      for (Stage stage : stages) {
        for (List<String> docs : texts) Measure.sink += Measure.pass(stage, docs);
      }
      rounds++;
    } while (System.nanoTime() - start < budget.jitWarmupNanos());
    System.out.printf("JIT warm-up before the first measurement: every stage over the seeds, the"
        + " typical article, 256 KB of the synthetic corpus and 16 KB of each worst case (64 KB"
        + " without punctuation), %d round%s in %.1f s.%n%n", rounds, rounds == 1 ? "" : "s",
        (System.nanoTime() - start) / 1e9);
  }

  private void threads() throws Exception {
    int n = Runtime.getRuntime().availableProcessors();
    Workload w = new Workload(
        quick ? "synthetic 512 KB" : "synthetic 2 MB",
        Corpus.split(corpus.synthetic(quick ? MB / 2 : 2 * MB), THREAD_DOC_SIZE));
    System.out.printf("## Threads%n%n%s cut into %,d documents of about %d KB; one shared engine;"
        + " each thread takes the next document not yet taken, as from a pool's queue;"
        + " wall time of the whole corpus (scaling is a wall-clock matter, so on a shared machine"
        + " it shows the other load too); CPU time summed over the threads. The thread counts"
        + " are measured in turn within every round, warm-up rounds first (at least %d s of them:"
        + " while the JIT compiles, it takes a core from two threads but not from one), so that"
        + " warm-up and load fall on all of them alike.%n%n", w.name(),
        w.docs().size(), THREAD_DOC_SIZE / KB, quick ? 0 : THREAD_WARMUP_NANOS / 1_000_000_000L);
    System.out.println("The speedup is the one-thread median time over this count's; the paired"
        + " speedup is the median over the rounds of the one-thread time over this count's in the"
        + " same round (quartiles in brackets), which a change in the machine's speed from one"
        + " second to the next does not move; the efficiency is the paired speedup over the"
        + " thread count. The target is read from the paired speedup.\n");
    System.out.println("| stage | threads | warm-up / timed rounds | wall median ms"
        + " | M chars/s (wall) | speedup | paired speedup | efficiency | CPU median ms"
        + " | B/char |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    LinkedHashSet<Integer> counts = new LinkedHashSet<>(List.of(1, 2, n));
    for (Stage stage : stages()) {
      if (!stage.name().equals(FULL) && !stage.name().equals(Stage.NAIVE_REGEX.name())) continue;
      List<Integer> threads = List.copyOf(counts);
      List<Sample> samples = Measure.runThreads(w.name(), stage, w.docs(), threads,
          quick ? 1 : 5, quick ? 0 : THREAD_WARMUP_NANOS, quick ? 3 : THREAD_ROUNDS);
      Sample one = samples.get(0);
      for (int k = 0; k < threads.size(); k++) {
        int t = threads.get(k);
        Sample s = samples.get(k);
        results.put(key("threads", stage.name() + " ×" + t), s);
        double speedup = (double) one.median() / s.median();
        double[] paired = s.pairedSpeedup(one.stage());
        System.out.printf(
            "| %s | %d | %d / %d | %s | %.1f | %.2f× | %.2f× (%.2f–%.2f) | %.0f%% | %s | %.1f |%n",
            stage.name(), t, s.warmup(), s.nanos().length, ms(s.median()),
            s.charsPerSecondMillions(), speedup, paired[0], paired[1], paired[2],
            100 * paired[0] / t, ms(s.cpuMedian()), s.bytesPerChar());
      }
    }
    System.out.println();
  }

  private void targets() {
    String big = full ? "synthetic 100 MB" : quick ? TYPICAL : "synthetic 10 MB";
    Sample fullBig = results.get(key(big, FULL));
    Sample quantities = results.get(key(big, "findQuantities"));
    Sample typical = results.get(key(TYPICAL, FULL));
    System.out.println("## Targets (issue 6)\n");
    System.out.printf("Single-thread figures on %s unless stated, from CPU time (wall time for the"
        + " threads).%n%n", big);
    System.out.println("| target | measured | met |\n| --- | --- | --- |");
    double mcs = fullBig.charsPerCpuSecondMillions();
    target("full pipeline ≥ 20 M chars/s per core", String.format("%.1f M chars/s (the naive"
        + " regex, timed alongside, at %.1f)", mcs,
        fullBig.pairedSpeed(Stage.NAIVE_REGEX.name())), mcs >= 20);
    double vsRaw = fullBig.pairedRatio(Stage.RAW_PASS.name());
    target("full pipeline within 10× of the raw pass", String.format("%.1f×", vsRaw),
        vsRaw <= 10);
    double vsRegex = quantities.pairedRatio(Stage.NAIVE_REGEX.name());
    target("findQuantities within 3× of the naive regex", String.format("%.1f×", vsRegex),
        vsRegex <= 3);
    // By ×regex, which is paired and linear itself: absolute throughputs timed minutes apart
    // gave 10 MB +46% over 100 KB in run 6a, the 100 KB measurement having landed in a slow
    // phase of the machine. Both ways count: a large text much faster per character than a
    // small one means the measurement, or the engine, is not what it seems.
    double regexBig = fullBig.pairedRatio(Stage.NAIVE_REGEX.name());
    double regexTypical = typical.pairedRatio(Stage.NAIVE_REGEX.name());
    double growth = regexBig / regexTypical - 1;
    target("throughput at " + (full ? "100 MB" : big.replace("synthetic ", "") + " (no --full)")
            + " within 20% of 100 KB, by ×regex",
        String.format("×regex %.2f vs %.2f (cost per char %+.0f%%; %.1f vs %.1f M chars/s)",
            regexBig, regexTypical, 100 * growth, fullBig.charsPerCpuSecondMillions(),
            typical.charsPerCpuSecondMillions()), Math.abs(growth) <= 0.20);
    String worstName = null;
    double worst = 0;
    // Each ×raw against the typical text's ×raw, so that a slow minute of the machine during
    // one workload does not count. The raw pass costs about the same per character on any text
    // (1,800 to 3,000 M chars/s on every workload of run 6, the spread the machine's).
    double typicalVsRaw = typical.pairedRatio(Stage.RAW_PASS.name());
    for (Workload w : worstCases()) {
      Sample s = results.get(key(w.name(), FULL));
      double r = s.pairedRatio(Stage.RAW_PASS.name()) / typicalVsRaw;
      if (r > worst) {
        worst = r;
        worstName = w.name();
      }
    }
    target("worst cases ≤ 3× slower per char than typical (100 KB), by ×raw",
        String.format("%.1f× (%s)", worst, worstName), worst <= 3);
    double bpc = fullBig.bytesPerChar();
    target("full pipeline allocates ≤ 16 bytes/char", String.format("%.1f B/char", bpc),
        bpc <= 16);
    Sample one = results.get(key("threads", FULL + " ×1"));
    Sample two = results.get(key("threads", FULL + " ×2"));
    double[] speedup = two.pairedSpeedup(one.stage());
    target("≥ 1.8× on 2 threads (full pipeline), paired per round", String.format(
        "%.2f× (quartiles %.2f–%.2f; %.2f× from the medians)", speedup[0], speedup[1],
        speedup[2], (double) one.median() / two.median()), speedup[0] >= 1.8);
    System.out.println();
  }

  private static void target(String what, String measured, boolean met) {
    System.out.printf("| %s | %s | %s |%n", what, measured, met ? "yes" : "**no**");
  }

  /** Checks the generator and the workloads without timing anything; true if all is well. */
  boolean check() throws Exception {
    List<String> failures = new ArrayList<>();
    String a = corpus.synthetic(100 * KB);
    String b = corpus.synthetic(100 * KB);
    String c = Corpus.of(corpus.seedFiles()).synthetic(100 * KB);
    if (!a.equals(b) || !a.equals(c)) failures.add("synthetic corpus is not deterministic");
    for (int size : new int[] {1, KB, 100 * KB, MB}) {
      if (corpus.synthetic(size).length() != size) failures.add("synthetic(" + size + ") length");
    }
    if (!corpus.synthetic(KB).equals(corpus.synthetic(100 * KB).substring(0, KB))) {
      failures.add("synthetic corpora of different sizes do not share a prefix");
    }
    if (String.join("", Corpus.split(a, THREAD_DOC_SIZE)).equals(a) == false) {
      failures.add("split does not concatenate back");
    }
    if (corpus.withoutPunctuation(KB).chars().anyMatch(ch -> ch == '，' || ch == '\n')) {
      failures.add("the no-punctuation text has punctuation");
    }
    List<Workload> all = new ArrayList<>(corpora());
    all.addAll(worstCases());
    for (Workload w : all) {
      if (w.chars() == 0) failures.add(w.name() + ": empty");
      for (Stage stage : stages()) {
        long found = Measure.pass(stage, w.docs());
        // Worst cases may rightly hold no figure; real text must give every stage something,
        // except that one short, clean article may hold no finding and no investment total.
        boolean real = !w.name().startsWith("worst");
        boolean sparse = w.chars() < 1_000 && SPARSE_STAGES.contains(stage.name());
        System.out.printf("%-26s %-16s %,12d%n", w.name(), stage.name(), found);
        if (found == 0 && ((real && !sparse) || stage == Stage.RAW_PASS)) {
          failures.add(w.name() + " / " + stage.name() + ": found nothing");
        }
      }
    }
    System.out.println("synthetic 100 KB sha256 " + digest(List.of(a)));
    failures.forEach(f -> System.out.println("FAILED: " + f));
    System.out.println(failures.isEmpty() ? "check: ok" : "check: " + failures.size() + " failed");
    return failures.isEmpty();
  }

  /** Samples the full pipeline on the synthetic 1 MB corpus for {@code seconds}. */
  private void profile(int seconds) throws Exception {
    String text = corpus.synthetic(MB);
    long end = System.nanoTime() + 2_000_000_000L;
    while (System.nanoTime() < end) Measure.sink += zhibiao.extract(text).indicators().size();
    long calls = 0;
    try (Sampler sampler = new Sampler(Thread.currentThread())) {
      end = System.nanoTime() + seconds * 1_000_000_000L;
      while (System.nanoTime() < end) {
        Measure.sink += zhibiao.extract(text).indicators().size();
        calls++;
      }
      sampler.close();
      System.out.printf("## Profile: extract on synthetic 1 MB, %d s, %d calls%n%n", seconds,
          calls);
      System.out.print(sampler.report(20));
    }
  }

  private static String key(String workload, String stage) {
    return workload + "\u0000" + stage;
  }

  private static String ms(long nanos) {
    double ms = nanos / 1e6;
    return ms >= 100 ? String.format("%.0f", ms) : ms >= 1 ? String.format("%.2f", ms)
        : String.format("%.4f", ms);
  }

  private static String micros(double micros) {
    return micros >= 1000 ? String.format("%,.0f", micros) : String.format("%.1f", micros);
  }

  /**
   * The paired ratio of {@code s} to the baseline: 1 for the baseline itself, blank if none. Two
   * decimals below 10 (×regex, the figure to compare builds by), one above (×raw).
   */
  private static String ratio(Sample s, Stage base) {
    if (s.stage().equals(base.name())) return "1.0";
    double r = s.pairedRatio(base.name());
    return Double.isNaN(r) ? "" : String.format(r < 10 ? "%.2f" : "%.1f", r);
  }

  static String digest(List<String> docs) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String d : docs) md.update(d.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
