package io.github.zhibiao.cli;

import static io.github.zhibiao.cli.QuantityWriter.escape;
import static io.github.zhibiao.cli.QuantityWriter.plain;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.zhibiao.Document;
import io.github.zhibiao.Indicator;
import io.github.zhibiao.IndicatorType;
import io.github.zhibiao.Status;
import io.github.zhibiao.Zhibiao;
import io.github.zhibiao.stats.Grouping;
import io.github.zhibiao.stats.Outlier;
import io.github.zhibiao.stats.Ranked;
import io.github.zhibiao.stats.Statistics;
import io.github.zhibiao.stats.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code zhibiao stats}: descriptive statistics of the figures of one indicator type, overall or
 * per group, computed by {@link Statistics}; with a grouping, the groups are ranked by median.
 */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Describe the figures of one indicator type: count, min, q1, median, q3, max, mean,",
      "sample sd and IQR outliers (Tukey fences), per group and unit. Quartiles are R type 7",
      "(Excel PERCENTILE.INC); mean, quartiles and sd are rounded to 4 decimal places.",
      "Only actual and plan figures count (targets with --include-targets, thresholds never);",
      "a figure repeated in a headline counts once; ranges (3至5亿元) have no single value and",
      "are left out. With --by, groups are ranked by median within each unit (1 = highest);",
      "figures with no province form a group of their own, (none) in a table."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "2:usage error, an input that could not be read, or an unexpected error"
    })
final class StatsCommand implements Callable<Integer> {
  private static final List<String> COLUMNS = List.of("unit", "count", "min", "q1", "median", "q3",
      "max", "mean", "sd", "outliers");

  @ParentCommand private Main main;

  @Option(names = "--indicator", paramLabel = "TYPE", converter = Groupings.TypeConverter.class,
      description = "The indicator type: growth_rate (default; every type with --by type), "
          + "investment, share …")
  IndicatorType type;

  @Option(names = "--by", paramLabel = "GROUPING", converter = Groupings.Converter.class,
      description = "province, place, region, or type; default: no grouping.")
  Grouping grouping;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      converter = OutputFormat.Converter.class,
      description = "table (default), jsonl or csv.")
  OutputFormat format;

  @Option(names = "--include-targets", description = "Also describe target figures.")
  boolean includeTargets;

  @Mixin InputOptions inputs;

  /** One figure in one group. */
  private record Item(String key, Indicator indicator) {}

  /** A group and unit: what one summary describes. */
  private record Group(String key, String unit) {}

  /** One output row. */
  private record Row(Group group, int rank, Summary<Item> summary) {}

  @Override
  public Integer call() throws IOException {
    boolean byType = grouping != null && grouping.name().equals("type");
    Grouping g = grouping == null ? Grouping.all() : grouping;
    IndicatorType only = type != null ? type : (byType ? null : IndicatorType.GROWTH_RATE);
    List<Item> items = new ArrayList<>();
    // Streamed as totals is: only the indicators that are described are kept.
    inputs.readChunked(main, Zhibiao.create()::extract, ChunkedText.WHOLE_BYTES,
        ChunkedText.CHUNK_CHARS, new InputOptions.ChunkSink<Document>() {
          @Override
          public boolean accept(String source, Document document, int offset) {
            for (Indicator i : document.indicators()) {
              if (only != null && i.type() != only) continue;
              if (i.status() == Status.THRESHOLD) continue;
              if (i.status() == Status.TARGET && !includeTargets) continue;
              if (i.value() == null) continue;
              for (String key : g.keysOf(i)) items.add(new Item(key, i));
            }
            return true;
          }

          @Override
          public void end(String source) {}
        });
    List<Row> rows = rows(items);
    PrintWriter out = main.out();
    String keyColumn = Groupings.column(g);
    switch (format) {
      case TABLE -> table(out, keyColumn, rows);
      case JSONL -> jsonl(out, keyColumn, rows);
      case CSV -> csv(out, keyColumn, rows);
    }
    out.flush();
    return Main.cannotWrite(main) ? Main.FAILURE : inputs.status();
  }

  /** Summaries per group and unit, the group without key last; ranked by median per unit. */
  private List<Row> rows(List<Item> items) {
    Map<Group, Summary<Item>> summaries = Statistics.describeBy(items,
        it -> new Group(it.key(), it.indicator().unit().symbol()),
        it -> it.indicator().value(), it -> it.indicator().unit().symbol());
    Map<String, List<Map.Entry<Group, Summary<Item>>>> byUnit = new LinkedHashMap<>();
    for (Map.Entry<Group, Summary<Item>> e : summaries.entrySet()) {
      byUnit.computeIfAbsent(e.getKey().unit(), u -> new ArrayList<>()).add(e);
    }
    List<Row> rows = new ArrayList<>();
    List<Row> none = new ArrayList<>();
    for (List<Map.Entry<Group, Summary<Item>>> entries : byUnit.values()) {
      List<Map.Entry<Group, Summary<Item>>> keyed = entries.stream()
          .filter(e -> !e.getKey().key().equals(Grouping.NONE)).toList();
      for (Ranked<Group> r : Statistics.rank(keyed, Map.Entry::getKey,
          e -> BigDecimal.valueOf(e.getValue().median()), e -> e.getKey().unit())) {
        rows.add(new Row(r.key(), r.rank(), summaries.get(r.key())));
      }
      for (Map.Entry<Group, Summary<Item>> e : entries) {
        if (e.getKey().key().equals(Grouping.NONE)) none.add(new Row(e.getKey(), 0, e.getValue()));
      }
    }
    rows.addAll(none);
    return rows;
  }

  private static String[] fields(Row r) {
    Summary<Item> s = r.summary();
    List<String> outliers = new ArrayList<>();
    for (Outlier<Item> o : s.iqrOutliers()) outliers.add(plain(o.value()));
    return new String[] {r.group().unit(), Integer.toString(s.count()), plain(s.min()),
        round(s.q1()), round(s.median()), round(s.q3()), plain(s.max()), round(s.mean()),
        s.sampleStandardDeviation().isPresent()
            ? round(s.sampleStandardDeviation().getAsDouble()) : "",
        String.join(" ", outliers)};
  }

  /** A double rounded half-even to 4 decimal places, in plain notation. */
  static String round(double d) {
    return new BigDecimal(Double.toString(d)).setScale(4, RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString();
  }

  private boolean ranked() {
    return grouping != null;
  }

  private void table(PrintWriter out, String keyColumn, List<Row> rows) {
    if (rows.isEmpty()) return;
    List<String[]> cells = new ArrayList<>();
    List<String> head = new ArrayList<>();
    if (ranked()) head.add("RANK");
    head.add(keyColumn.toUpperCase(Locale.ROOT));
    for (String c : COLUMNS) head.add(c.toUpperCase(Locale.ROOT));
    cells.add(head.toArray(new String[0]));
    for (Row r : rows) {
      List<String> line = new ArrayList<>();
      if (ranked()) line.add(r.rank() == 0 ? "" : Integer.toString(r.rank()));
      String key = r.group().key();
      line.add(!ranked() ? "(all)" : key.equals(Grouping.NONE) ? "(none)" : escape(key));
      line.addAll(List.of(fields(r)));
      cells.add(line.toArray(new String[0]));
    }
    boolean[] right = new boolean[head.size()];
    int first = ranked() ? 2 : 1;
    for (int i = first; i < right.length; i++) right[i] = i > first;
    right[right.length - 1] = false;
    if (ranked()) right[0] = true;
    out.write(TableWriter.align(cells, right));
  }

  private void jsonl(PrintWriter out, String keyColumn, List<Row> rows) throws IOException {
    JsonGenerator g = JsonlWriter.JSON.createGenerator(out);
    g.setRootValueSeparator(null);
    for (Row r : rows) {
      Summary<Item> s = r.summary();
      g.writeStartObject();
      String key = r.group().key();
      g.writeStringField(keyColumn, key.equals(Grouping.NONE) ? null : key);
      if (ranked()) {
        if (r.rank() == 0) g.writeNullField("rank");
        else g.writeNumberField("rank", r.rank());
      }
      String[] f = fields(r);
      g.writeStringField("unit", f[0]);
      g.writeNumberField("count", s.count());
      for (int i = 2; i < COLUMNS.size() - 1; i++) {
        if (f[i].isEmpty()) g.writeNullField(COLUMNS.get(i));
        else g.writeStringField(COLUMNS.get(i), f[i]);
      }
      g.writeArrayFieldStart("outliers");
      for (Outlier<Item> o : s.iqrOutliers()) g.writeString(plain(o.value()));
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
    g.flush();
  }

  private void csv(PrintWriter out, String keyColumn, List<Row> rows) {
    if (rows.isEmpty()) return;
    List<String> head = new ArrayList<>();
    head.add(keyColumn);
    if (ranked()) head.add("rank");
    head.addAll(COLUMNS);
    out.write(OutputFormat.csvLine(head.toArray(new String[0])));
    for (Row r : rows) {
      List<String> line = new ArrayList<>();
      line.add(r.group().key());
      if (ranked()) line.add(r.rank() == 0 ? "" : Integer.toString(r.rank()));
      line.addAll(List.of(fields(r)));
      out.write(OutputFormat.csvLine(line.toArray(new String[0])));
    }
  }
}
