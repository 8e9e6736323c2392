package io.github.zhibiao;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.stats.Grouping;
import io.github.zhibiao.stats.Statistics;
import io.github.zhibiao.stats.Summary;
import io.github.zhibiao.stats.Total;
import io.github.zhibiao.stats.Totals;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One engine ({@link Zhibiao}, {@link Totals}) and the {@link Statistics} functions, shared by 8
 * threads, give exactly the single-threaded results on the seed documents.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ITERATIONS = 2;

  /** Everything one pass computes, comparable with equals. */
  record Results(Map<String, Document> documents, Map<String, List<Quantity>> allNumbers,
      Map<String, List<Rejection>> audits, List<Total> totals, List<Total> byPlace,
      String summary) {}

  @Test
  @Timeout(120)
  void sharedEngine_manyThreads_sameResultsAsOneThread() throws Exception {
    Map<String, String> seeds = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        seeds.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    assertThat(seeds).isNotEmpty();
    Zhibiao zhibiao = Zhibiao.create();
    Zhibiao allNumbers = Zhibiao.builder().allNumbers(true).build();
    Totals totals = Totals.standard();
    Totals byPlace = Totals.builder().grouping(Grouping.place()).build();

    Results expected = pass(seeds, zhibiao, allNumbers, totals, byPlace);
    assertThat(expected.totals()).isNotEmpty();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<List<Results>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          List<Results> mine = new ArrayList<>();
          for (int i = 0; i < ITERATIONS; i++) {
            mine.add(pass(seeds, zhibiao, allNumbers, totals, byPlace));
          }
          return mine;
        }));
      }
      for (Future<List<Results>> f : futures) {
        for (Results r : f.get(100, TimeUnit.SECONDS)) {
          assertThat(r).isEqualTo(expected);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Results pass(Map<String, String> seeds, Zhibiao zhibiao, Zhibiao allNumbers,
      Totals totals, Totals byPlace) {
    Map<String, Document> documents = new LinkedHashMap<>();
    Map<String, List<Quantity>> all = new LinkedHashMap<>();
    Map<String, List<Rejection>> audits = new LinkedHashMap<>();
    List<BigDecimal> rates = new ArrayList<>();
    seeds.forEach((name, text) -> {
      Document d = zhibiao.extract(text, LocalDate.of(2018, 8, 5));
      documents.put(name, d);
      all.put(name, allNumbers.findQuantities(text));
      audits.put(name, zhibiao.audit(text));
      for (Indicator i : d.indicators()) {
        if (i.type() == IndicatorType.GROWTH_RATE && i.value() != null) rates.add(i.value());
      }
    });
    Summary<BigDecimal> s = Statistics.describe(rates, "%");
    String summary = s.count() + " " + s.sum() + " " + s.median() + " " + s.mad() + " "
        + s.iqrOutliers();
    return new Results(documents, all, audits, totals.of(documents), byPlace.of(documents),
        summary);
  }
}
