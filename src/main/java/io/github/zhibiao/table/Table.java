package io.github.zhibiao.table;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one reader of every table the library bundles, so that all of them follow one format and
 * fail alike when a row is malformed: loudly, naming the file and line ({@code units.tsv:4:
 * expected 4 fields, found 3}).
 *
 * <p>The format, UTF-8: lines that start with {@code #} (the provenance header) and blank lines
 * are skipped. A table ({@link #rows}) has a header line, which must name exactly its columns,
 * then rows of exactly that many tab-separated fields; a word list ({@link #words}) has one entry
 * per line and no header. No field may be empty, unless its column is optional, or carry white
 * space around it or a full-width space inside.
 *
 * <p>Internal (this package is not exported): public so that every stage reads its tables alike.
 */
public final class Table {
  private Table() {}

  /** One data line: its fields, and where it stands, to complain about it. */
  public record Row(String file, int line, List<String> fields) {
    /** Copies the fields. */
    public Row {
      fields = List.copyOf(fields);
    }

    /** The field in column {@code i}. */
    public String field(int i) {
      return fields.get(i);
    }

    /** The field in column {@code i} as a constant of {@code type}, case-insensitively. */
    public <E extends Enum<E>> E enumField(int i, Class<E> type) {
      try {
        return Enum.valueOf(type, field(i).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw error("not a " + type.getSimpleName() + ": " + field(i));
      }
    }

    /** An error at this line: {@code file:line: message}. */
    public IllegalStateException error(String message) {
      return new IllegalStateException(file + ":" + line + ": " + message);
    }
  }

  /**
   * Reads the table {@code file}, a resource next to {@code owner}.
   *
   * @param columns the names of the columns, as the header line gives them
   * @param optional the names of the columns whose field may be empty
   * @throws IllegalStateException if the resource is missing or malformed
   * @throws UncheckedIOException if it cannot be read
   */
  public static List<Row> rows(Class<?> owner, String file, List<String> columns,
      String... optional) {
    return read(file, text(owner, file), columns, optional);
  }

  /** As {@link #rows}, from {@code content} rather than a resource (tests of malformed rows). */
  public static List<Row> parseRows(String file, String content, List<String> columns,
      String... optional) {
    return read(file, content, columns, optional);
  }

  /**
   * Reads the word list {@code file}, a resource next to {@code owner}: one row of one field per
   * entry.
   *
   * @throws IllegalStateException if the resource is missing or malformed
   * @throws UncheckedIOException if it cannot be read
   */
  public static List<Row> words(Class<?> owner, String file) {
    return read(file, text(owner, file), null);
  }

  private static String text(Class<?> owner, String file) {
    try (InputStream in = owner.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled table " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled table " + file, e);
    }
  }

  /** The rows of {@code content}; {@code columns} null for a word list (no header). */
  private static List<Row> read(String file, String content, List<String> columns,
      String... optional) {
    int width = columns == null ? 1 : columns.size();
    boolean[] mayBeEmpty = new boolean[width];
    for (String name : optional) {
      int k = columns == null ? -1 : columns.indexOf(name);
      checkArgument(k >= 0, "no column %s in %s", name, columns);
      mayBeEmpty[k] = true;
    }
    String header = columns == null ? null : String.join("\t", columns);
    boolean needHeader = header != null;
    List<Row> rows = new ArrayList<>();
    int line = 0;
    try (BufferedReader reader = new BufferedReader(new StringReader(content))) {
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        line++;
        if (text.isBlank() || text.startsWith("#")) continue;
        Row row = new Row(file, line, Arrays.asList(text.split("\t", -1)));
        if (needHeader) {
          if (!text.equals(header)) throw row.error(expectedHeader(header));
          needHeader = false;
          continue;
        }
        if (row.fields().size() != width) {
          throw row.error("expected " + width + " fields, found " + row.fields().size());
        }
        for (int k = 0; k < width; k++) {
          String f = row.field(k);
          if ((f.isEmpty() && !mayBeEmpty[k]) || !f.strip().equals(f)
              || f.indexOf('\u3000') >= 0) {
            throw row.error("empty field or stray white space: '" + text + "'");
          }
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    if (needHeader) {
      // at the last line read; an empty file has none
      throw new IllegalStateException(file + (line > 0 ? ":" + line : "") + ": "
          + expectedHeader(header) + ", found the end of the file");
    }
    return rows;
  }

  private static String expectedHeader(String header) {
    return "expected the header '" + header.replace("\t", "<TAB>") + "'";
  }
}
