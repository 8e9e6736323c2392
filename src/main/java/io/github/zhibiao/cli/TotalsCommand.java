package io.github.zhibiao.cli;

import static io.github.zhibiao.cli.QuantityWriter.escape;
import static io.github.zhibiao.cli.QuantityWriter.plain;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.zhibiao.Dimension;
import io.github.zhibiao.Document;
import io.github.zhibiao.IndicatorType;
import io.github.zhibiao.Zhibiao;
import io.github.zhibiao.stats.Contribution;
import io.github.zhibiao.stats.Grouping;
import io.github.zhibiao.stats.Scope;
import io.github.zhibiao.stats.Skipped;
import io.github.zhibiao.stats.Total;
import io.github.zhibiao.stats.Totals;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code zhibiao totals}: the figures of one indicator type, summed by province (or place, or
 * region group), one row per group, scope and unit, with bounds and, under {@code --explain}, the
 * figures behind each row. The rules are those of {@link Totals}.
 */
@Command(
    name = "totals",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Sum the figures of one indicator type by province, place or region group.",
      "Only actual and plan figures count (targets with --include-targets, thresholds never);",
      "a figure repeated in a headline counts once; changes (增加30亿元) are never levels;",
      "a figure introduced by 其中 is part of the one before it; 年度/本年/当年 figures are",
      "summed apart from whole amounts; units are never mixed (元 and 美元 are two rows).",
      "Figures with no province get a row of their own, (none) in a table and an empty",
      "key otherwise, so that nothing silently disappears.",
      "value is the sum as stated; low and high bound the true total (empty: open)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "2:usage error, an input that could not be read, or an unexpected error"
    })
final class TotalsCommand implements Callable<Integer> {
  private static final BigDecimal YI = BigDecimal.ONE.scaleByPowerOfTen(8);
  private static final String NONE_LABEL = "(none)";

  @ParentCommand private Main main;

  @Option(names = "--indicator", paramLabel = "TYPE", defaultValue = "investment",
      converter = Groupings.TypeConverter.class,
      description = "The indicator type to sum: investment (default), gdp, area, count …")
  IndicatorType type;

  @Option(names = "--by", paramLabel = "GROUPING", defaultValue = "province",
      converter = Groupings.Converter.class,
      description = "province (default), place (city or county), region (东部, 长三角 …; a "
          + "province counts in each of its groups), or all.")
  Grouping grouping;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      converter = OutputFormat.Converter.class,
      description = "table (default; money in 亿), jsonl or csv (plain decimals in the unit).")
  OutputFormat format;

  @Option(names = "--include-targets", description = "Also add target figures (力争, 到2025年…).")
  boolean includeTargets;

  @Option(names = "--unit", paramLabel = "UNIT",
      description = "Convert areas, power or energy into this unit where the factor is exact"
          + " (亩: 1 公顷 = 15 亩; 千瓦: 1 吉瓦 = 1000000 千瓦).")
  String unit;

  @Option(names = "--explain",
      description = "Also list the figures behind each row, and those left out and why.")
  boolean explain;

  @Mixin InputOptions inputs;

  @Override
  public Integer call() throws IOException {
    Totals totals;
    try {
      totals = Totals.builder().type(type).grouping(grouping).includeTargets(includeTargets)
          .unit(unit).build();
    } catch (IllegalArgumentException e) {
      main.err().println("zhibiao: " + e.getMessage());
      return Main.FAILURE;
    }
    // Streamed: each chunk of each input is summed as it is read and then dropped, so a 1 GB
    // archive never has to fit in memory. A chunk after the first of a file is named
    // FILE+OFFSET, and its spans count from that offset.
    Totals.Running byGroup = totals.running();
    Totals.Running all = Totals.builder().type(type).grouping(Grouping.all())
        .includeTargets(includeTargets).unit(unit).build().running();
    inputs.readChunked(main, Zhibiao.create()::extract, ChunkedText.WHOLE_BYTES,
        ChunkedText.CHUNK_CHARS, new InputOptions.ChunkSink<Document>() {
          @Override
          public boolean accept(String source, Document chunk, int offset) {
            String name = offset == 0 ? source : source + "+" + offset;
            byGroup.add(name, chunk);
            all.add(name, chunk);
            return true;
          }

          @Override
          public void end(String source) {}
        });
    List<Total> rows = byGroup.totals();
    PrintWriter out = main.out();
    switch (format) {
      case TABLE -> table(out, rows, all.totals(), byGroup.skipped());
      case JSONL -> jsonl(out, rows);
      case CSV -> csv(out, rows);
    }
    out.flush();
    return Main.cannotWrite(main) ? Main.FAILURE : inputs.status();
  }

  private void table(PrintWriter out, List<Total> rows, List<Total> grand,
      List<Skipped> skipped) {
    if (rows.isEmpty()) return;
    boolean annual = rows.stream().anyMatch(t -> t.scope() == Scope.ANNUAL);
    List<String[]> cells = new ArrayList<>();
    cells.add(row(annual, Groupings.column(grouping).toUpperCase(java.util.Locale.ROOT), "SCOPE",
        "VALUE", "UNIT", "LOW", "HIGH", "QUALIFIER", "COUNT"));
    for (Total t : rows) cells.add(tableRow(annual, label(t.key()), t));
    for (Total t : grand) cells.add(tableRow(annual, "TOTAL", t));
    boolean[] right = annual
        ? new boolean[] {false, false, true, false, true, true, false, true}
        : new boolean[] {false, true, false, true, true, false, true};
    out.write(TableWriter.align(cells, right));
    if (grouping.name().equals("region")) {
      out.write("(region groups overlap: TOTAL counts each figure once)\n");
    }
    if (!explain) return;
    for (Total t : rows) {
      out.write("\n" + label(t.key()) + (t.scope() == Scope.ANNUAL ? " (annual)" : "") + ": "
          + amount(t.value(), t) + " " + unitLabel(t) + " " + t.qualifier() + "\n");
      List<String[]> lines = new ArrayList<>();
      for (Contribution c : t.contributions()) {
        lines.add(new String[] {"", escape(c.text()), amount(c.value(), t),
            escape(c.source()) + " " + c.span(), c.indicator().status().id(),
            escape(c.indicator().metric())});
      }
      out.write(TableWriter.align(lines,
          new boolean[] {false, false, true, false, false, false}));
    }
    if (!skipped.isEmpty()) {
      out.write("\nNot counted:\n");
      List<String[]> lines = new ArrayList<>();
      for (Skipped s : skipped) {
        lines.add(new String[] {"", escape(s.indicator().text()), s.reason().id(),
            escape(s.source()) + " " + s.indicator().span(), escape(s.indicator().metric())});
      }
      out.write(TableWriter.align(lines, new boolean[] {false, false, false, false, false}));
    }
  }

  private static String[] row(boolean annual, String key, String scope, String... rest) {
    List<String> cells = new ArrayList<>();
    cells.add(key);
    if (annual) cells.add(scope);
    cells.addAll(List.of(rest));
    return cells.toArray(new String[0]);
  }

  private static String[] tableRow(boolean annual, String key, Total t) {
    return row(annual, key, t.scope().id(), amount(t.value(), t), unitLabel(t),
        amount(t.low(), t), amount(t.high(), t), t.qualifier(), Integer.toString(t.count()));
  }

  private static String label(String key) {
    return key.equals(Grouping.NONE) ? NONE_LABEL : escape(key);
  }

  /** Money in 亿 of its unit (exact: 4400万元 is 0.44); anything else as is. */
  private static String amount(BigDecimal v, Total t) {
    if (v == null) return "";
    if (!isMoney(t)) return plain(v);
    return plain(v.divide(YI).stripTrailingZeros());
  }

  private static String unitLabel(Total t) {
    return isMoney(t) ? "亿" + t.unit() : t.unit();
  }

  private static boolean isMoney(Total t) {
    return t.contributions().get(0).indicator().unit().dimension() == Dimension.MONEY;
  }

  private void jsonl(PrintWriter out, List<Total> rows) throws IOException {
    JsonGenerator g = JsonlWriter.JSON.createGenerator(out);
    g.setRootValueSeparator(null);
    for (Total t : rows) {
      g.writeStartObject();
      g.writeStringField(Groupings.column(grouping),
          t.key().equals(Grouping.NONE) ? null : t.key());
      g.writeStringField("indicator", t.type().id());
      g.writeStringField("scope", t.scope().id());
      decimal(g, "value", t.value());
      g.writeStringField("unit", t.unit());
      decimal(g, "low", t.low());
      decimal(g, "high", t.high());
      g.writeStringField("qualifier", t.bound().id());
      g.writeBooleanField("approximate", t.approximate());
      g.writeNumberField("count", t.count());
      if (explain) {
        g.writeArrayFieldStart("figures");
        for (Contribution c : t.contributions()) {
          g.writeStartObject();
          g.writeStringField("source", c.source());
          g.writeNumberField("start", c.span().start());
          g.writeNumberField("end", c.span().end());
          g.writeStringField("text", c.text());
          decimal(g, "value", c.value());
          decimal(g, "low", c.low());
          decimal(g, "high", c.high());
          g.writeStringField("metric", c.indicator().metric());
          g.writeStringField("status", c.indicator().status().id());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeRaw('\n');
    }
    g.flush();
  }

  private static void decimal(JsonGenerator g, String field, BigDecimal v) throws IOException {
    if (v == null) g.writeNullField(field);
    else g.writeStringField(field, v.toPlainString());
  }

  private void csv(PrintWriter out, List<Total> rows) {
    if (rows.isEmpty()) return;
    List<String> header = new ArrayList<>(List.of(Groupings.column(grouping), "indicator",
        "scope", "value", "unit", "low", "high", "qualifier", "approximate", "count"));
    if (explain) header.add("figures");
    out.write(OutputFormat.csvLine(header.toArray(new String[0])));
    for (Total t : rows) {
      List<String> f = new ArrayList<>(List.of(t.key(), t.type().id(), t.scope().id(),
          plain(t.value()), t.unit(), plain(t.low()), plain(t.high()), t.bound().id(),
          Boolean.toString(t.approximate()), Integer.toString(t.count())));
      if (explain) {
        List<String> figures = new ArrayList<>();
        for (Contribution c : t.contributions()) {
          figures.add(escape(c.text()) + " " + c.source() + " " + c.span());
        }
        f.add(String.join("; ", figures));
      }
      out.write(OutputFormat.csvLine(f.toArray(new String[0])));
    }
  }
}
