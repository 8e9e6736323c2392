package io.github.zhibiao.cli;

import static io.github.zhibiao.cli.QuantityWriter.escape;
import static io.github.zhibiao.cli.QuantityWriter.plain;

import io.github.zhibiao.Quantity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Tab-separated values: the header {@value #HEADER}, written before the first row (so no
 * quantity at all gives empty output), then one row per quantity. In every field backslash, tab,
 * LF and CR are escaped as {@code \\ \t \n \r}; a missing decimal is an empty field.
 */
final class TsvWriter implements QuantityWriter {
  static final String HEADER = "source\tstart\tend\ttext\tvalue\tlow\thigh\tunit\tqualifier";

  private final Writer out;
  private boolean headerWritten;

  TsvWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(String source, List<Quantity> quantities) throws IOException {
    for (Quantity q : quantities) {
      if (!headerWritten) {
        out.write(HEADER);
        out.write('\n');
        headerWritten = true;
      }
      String row = String.join("\t",
          escape(source),
          Integer.toString(q.span().start()),
          Integer.toString(q.span().end()),
          escape(q.text()),
          plain(q.value()),
          plain(q.low()),
          plain(q.high()),
          escape(q.unit().symbol()),
          q.qualifier().id());
      out.write(row);
      out.write('\n');
    }
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }
}
