package io.github.zhibiao.cli;

import static io.github.zhibiao.cli.QuantityWriter.escape;
import static io.github.zhibiao.cli.QuantityWriter.plain;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import io.github.zhibiao.Document;
import io.github.zhibiao.Indicator;
import io.github.zhibiao.Quantity;
import io.github.zhibiao.Span;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Aligned columns for people: per input a header line {@code == SOURCE (N quantities)}, a column
 * header, one line per quantity (text, value, unit, qualifier, span) and a blank line. Widths
 * count East Asian wide and full-width characters as two columns. A range shows as {@code
 * low..high}. Not a stable format: parse {@code jsonl} or {@code tsv} instead.
 */
final class TableWriter implements QuantityWriter {
  private static final List<String> HEADINGS =
      List.of("TEXT", "VALUE", "UNIT", "QUALIFIER", "INDICATOR", "STATUS", "PROVINCE", "METRIC",
          "SPAN");
  /** The column that is right-aligned (a number). */
  private static final int VALUE_COLUMN = 1;

  private final Writer out;
  /** The rows of the current input, heading first, until {@link #endInput}. */
  private final List<String[]> rows = new ArrayList<>();

  TableWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(String source, Document document, int offset) throws IOException {
    List<Quantity> quantities = document.quantities();
    if (quantities.isEmpty()) return;
    Map<Span, Indicator> indicators = QuantityWriter.bySpan(document);
    if (rows.isEmpty()) rows.add(HEADINGS.toArray(new String[0]));
    for (Quantity q : quantities) {
      String value = q.isRange() ? plain(q.low()) + ".." + plain(q.high()) : plain(q.value());
      Indicator i = indicators.get(q.span());
      String type = i == null ? "" : i.type().id() + (i.span().equals(q.span()) ? "" : " (repeat)");
      if (i != null && i.value() != null && i.value().signum() < 0) value = plain(i.value());
      rows.add(new String[] {
          escape(q.text()), value, escape(q.unit().symbol()), q.qualifier().id(), type,
          i == null ? "" : i.status().id(),
          i == null || i.province() == null ? "" : i.province(),
          i == null ? "" : escape(i.metric()),
          new Span(offset + q.span().start(), offset + q.span().end()).toString()});
    }
  }

  /** Writes the block of the input: its header line, the aligned rows and a blank line. */
  @Override
  public void endInput(String source) throws IOException {
    if (rows.isEmpty()) return;
    int n = rows.size() - 1;
    out.write("== " + escape(source) + " (" + n + (n == 1 ? " quantity)" : " quantities)") + "\n");
    boolean[] right = new boolean[HEADINGS.size()];
    right[VALUE_COLUMN] = true;
    out.write(align(rows, right));
    out.write('\n');
    rows.clear();
  }

  /**
   * The rows as aligned columns, two spaces apart, each line ending in {@code \n}; columns marked
   * in {@code right} are right-aligned (numbers), and the last column is never padded.
   */
  static String align(List<String[]> rows, boolean[] right) {
    int[] widths = new int[right.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) widths[i] = Math.max(widths[i], width(row[i]));
    }
    StringBuilder text = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        boolean last = i == row.length - 1;
        int pad = widths[i] - width(row[i]);
        if (right[i]) line.append(" ".repeat(pad)).append(row[i]);
        else line.append(row[i]).append(last ? "" : " ".repeat(pad));
        if (!last) line.append("  ");
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }

  /** Terminal columns of {@code s}: wide and full-width characters take two, marks none. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.FORMAT) {
        continue;
      }
      int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
      w += eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH
          ? 2 : 1;
    }
    return w;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }
}
