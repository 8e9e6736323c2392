package io.github.zhibiao.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The output formats of {@code totals} and {@code stats}. */
enum OutputFormat {
  /** Aligned columns for people. */
  TABLE,
  /** One JSON object per line and row; decimals as strings. */
  JSONL,
  /** Comma-separated values (RFC 4180) with a header line. */
  CSV;

  /** Accepts the format names in any case. */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String name) {
      for (OutputFormat f : values()) {
        if (f.name().equalsIgnoreCase(name)) return f;
      }
      throw new TypeConversionException(
          "unknown format '" + name + "' (expected table, jsonl or csv)");
    }
  }

  /** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
  static String csv(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  /** One CSV line, {@code \n}-terminated. */
  static String csvLine(String... fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) b.append(',');
      b.append(csv(fields[i]));
    }
    return b.append('\n').toString();
  }
}
