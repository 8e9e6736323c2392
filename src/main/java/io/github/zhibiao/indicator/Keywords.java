package io.github.zhibiao.indicator;

import com.google.common.collect.ImmutableList;
import io.github.zhibiao.IndicatorType;
import io.github.zhibiao.Status;
import io.github.zhibiao.number.Trie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keyword table of the indicator stage ({@code keywords.tsv}), read once, as a trie from
 * phrase to every role the phrase plays. A malformed row fails loudly with file and line.
 */
final class Keywords {
  static final String FILE = "keywords.tsv";

  /** What a keyword says about the figures near it. */
  enum Role {
    TYPE, NOUN, ANAPHOR, UP, DOWN, ABOVE, BELOW, BASE, SHARE, GROWTH, STATUS, SCOPE, SUPPORT, THRESHOLD,
    FILLER
  }

  /** One row: a phrase in one role; {@code type} and {@code status} are set for those roles. */
  record Keyword(String phrase, Role role, IndicatorType type, Status status) {}

  /** The rows of each phrase, as arrays: the typer reads them at every match (never written). */
  final Trie<Keyword[]> trie;
  final int size;

  private Keywords(Map<String, ImmutableList<Keyword>> byPhrase, int size) {
    Map<String, Keyword[]> arrays = new java.util.LinkedHashMap<>();
    byPhrase.forEach((phrase, rows) -> arrays.put(phrase, rows.toArray(new Keyword[0])));
    this.trie = new Trie<>(arrays);
    this.size = size;
  }

  static Keywords bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final Keywords BUNDLED = load(FILE);
  }

  static Keywords load(String file) {
    try (InputStream in = Keywords.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + file);
      }
      return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Parses the table; package-private for tests of malformed rows. */
  static Keywords parse(String file, String content) {
    Map<String, List<Keyword>> byPhrase = new LinkedHashMap<>();
    int lineNo = 0;
    boolean header = false;
    int size = 0;
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(content))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        if (!header) {
          if (!line.equals("phrase\trole\tvalue")) {
            throw malformed(file, lineNo, "expected header 'phrase<TAB>role<TAB>value'");
          }
          header = true;
          continue;
        }
        if (f.length != 3 || f[0].isEmpty() || !f[0].strip().equals(f[0])) {
          throw malformed(file, lineNo, "expected 3 tab-separated fields and a phrase");
        }
        Role role;
        try {
          role = Role.valueOf(f[1].toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw malformed(file, lineNo, "unknown role '" + f[1] + "'");
        }
        IndicatorType type = null;
        Status status = null;
        if (role == Role.TYPE) {
          type = IndicatorType.fromId(f[2]).orElse(null);
          if (type == null) {
            throw malformed(file, lineNo, "unknown indicator type '" + f[2] + "'");
          }
        } else if (role == Role.STATUS) {
          try {
            status = Status.valueOf(f[2].toUpperCase(java.util.Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw malformed(file, lineNo, "unknown status '" + f[2] + "'");
          }
        }
        Keyword k = new Keyword(f[0], role, type, status);
        List<Keyword> list = byPhrase.computeIfAbsent(f[0], p -> new ArrayList<>());
        for (Keyword other : list) {
          if (other.role() == role) {
            throw malformed(file, lineNo, "duplicate phrase '" + f[0] + "' in role " + f[1]);
          }
        }
        list.add(k);
        size++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!header) {
      throw malformed(file, lineNo, "no header row");
    }
    Map<String, ImmutableList<Keyword>> frozen = new LinkedHashMap<>();
    byPhrase.forEach((p, l) -> frozen.put(p, ImmutableList.copyOf(l)));
    return new Keywords(frozen, size);
  }

  private static IllegalStateException malformed(String file, int line, String why) {
    return new IllegalStateException(file + ":" + line + ": " + why);
  }
}
