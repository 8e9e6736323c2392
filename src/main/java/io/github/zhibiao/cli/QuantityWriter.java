package io.github.zhibiao.cli;

import io.github.zhibiao.Document;
import io.github.zhibiao.Indicator;
import io.github.zhibiao.Span;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the quantities of each input in one output format. Lines end in {@code \n} on every
 * platform. An input with no quantity writes nothing, so empty input gives empty output.
 */
interface QuantityWriter {
  /**
   * Writes one record per quantity of one input, named {@code source}, with the indicator it
   * belongs to: the whole input as one piece.
   */
  default void write(String source, Document document) throws IOException {
    write(source, document, 0);
    endInput(source);
  }

  /**
   * Writes the records of one piece of an input (a chunk of a large file) whose text starts at
   * {@code offset} in the input: every offset written is shifted by it. Pieces of one input come
   * in order, then {@link #endInput}.
   */
  void write(String source, Document document, int offset) throws IOException;

  /** Ends the input named {@code source}, after its last piece. */
  default void endInput(String source) throws IOException {}

  /**
   * The indicator of every mention: a figure repeated in a headline maps both its spans to one
   * indicator, whose primary span is {@link Indicator#span()}.
   */
  static Map<Span, Indicator> bySpan(Document document) {
    Map<Span, Indicator> map = new HashMap<>();
    for (Indicator i : document.indicators()) {
      for (Span s : i.mentions()) map.put(s, i);
    }
    return map;
  }

  /** {@code s}, or "" for null. */
  static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Flushes what is buffered; the underlying writer stays open. */
  void flush() throws IOException;

  /** The output formats of {@code extract --format}. */
  enum Format {
    /** One JSON object per line and quantity. */
    JSONL,
    /** Tab-separated values with a header line. */
    TSV,
    /** Aligned columns for people, one block per input. */
    TABLE;

    /** A writer of this format onto {@code out}. */
    QuantityWriter on(Writer out) throws IOException {
      return switch (this) {
        case JSONL -> new JsonlWriter(out);
        case TSV -> new TsvWriter(out);
        case TABLE -> new TableWriter(out);
      };
    }
  }

  /** {@code v} as a plain decimal string (never exponent notation), or "" for null. */
  static String plain(BigDecimal v) {
    return v == null ? "" : v.toPlainString();
  }

  /** Escapes backslash, tab, LF and CR as {@code \\ \t \n \r}, so that a field stays one cell. */
  static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = switch (c) {
        case '\\' -> "\\\\";
        case '\t' -> "\\t";
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        default -> null;
      };
      if (rep != null && b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
      if (b != null) {
        if (rep != null) b.append(rep);
        else b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }
}
