package io.github.zhibiao.cli;

import static io.github.zhibiao.cli.QuantityWriter.escape;
import static io.github.zhibiao.cli.QuantityWriter.plain;

import static io.github.zhibiao.cli.QuantityWriter.orEmpty;

import io.github.zhibiao.Document;
import io.github.zhibiao.Indicator;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Span;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Tab-separated values: the header {@value #HEADER}, written before the first row (so no
 * quantity at all gives empty output), then one row per quantity. In every field backslash, tab,
 * LF and CR are escaped as {@code \\ \t \n \r}; a missing decimal is an empty field.
 */
final class TsvWriter implements QuantityWriter {
  static final String HEADER = "source\tstart\tend\ttext\tvalue\tlow\thigh\tunit\tqualifier"
      + "\tindicator\tsigned_value\tmetric\tbase\tperiod\tperiod_start\tperiod_end\tstatus"
      + "\tprovince\tprovince_code\tplace\trepeat_of";

  private final Writer out;
  private boolean headerWritten;

  TsvWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(String source, Document document, int offset) throws IOException {
    Map<Span, Indicator> indicators = QuantityWriter.bySpan(document);
    for (Quantity q : document.quantities()) {
      if (!headerWritten) {
        out.write(HEADER);
        out.write('\n');
        headerWritten = true;
      }
      String row = String.join("\t",
          escape(source),
          Integer.toString(offset + q.span().start()),
          Integer.toString(offset + q.span().end()),
          escape(q.text()),
          plain(q.value()),
          plain(q.low()),
          plain(q.high()),
          escape(q.unit().symbol()),
          q.qualifier().id(),
          indicatorFields(indicators.get(q.span()), q, offset));
      out.write(row);
      out.write('\n');
    }
  }

  /** The indicator's columns, tab-separated; empty fields if there is none. */
  static String indicatorFields(Indicator i, Quantity q, int offset) {
    if (i == null) return "\t".repeat(11);
    var p = i.period();
    return String.join("\t",
        i.type().id(),
        i.value() == null ? plain(i.low()) + ".." + plain(i.high()) : plain(i.value()),
        escape(i.metric()),
        escape(orEmpty(i.base())),
        p == null ? "" : escape(p.text()),
        p == null || p.start() == null ? "" : p.start().toString(),
        p == null || p.end() == null ? "" : p.end().toString(),
        i.status().id(),
        orEmpty(i.province()),
        orEmpty(i.provinceCode()),
        i.place() == null ? "" : i.place().name(),
        i.span().equals(q.span()) ? "" : Integer.toString(offset + i.span().start()));
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }
}
