package io.github.zhibiao;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Loads the test corpora under {@code src/test/resources/io/github/zhibiao/corpus/}. */
final class Corpus {
  private Corpus() {}

  /** One surface form of the positive corpus with the quantity it must yield. */
  record Form(
      String form,
      BigDecimal value,
      BigDecimal low,
      BigDecimal high,
      String unit,
      Qualifier qualifier,
      int line) {
    boolean isRange() {
      return value == null;
    }

    @Override
    public String toString() {
      return "quantities.tsv:" + line + " '" + form.replace("\n", "\\n") + "'";
    }
  }

  /** Every form of {@code corpus/quantities.tsv}, in file order. */
  static List<Form> quantities() {
    List<Form> forms = new ArrayList<>();
    List<String> lines = lines("corpus/quantities.tsv");
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i);
      if (text.isBlank() || text.startsWith("#")) continue;
      String[] f = text.split("\t", -1);
      if (f.length != 4) {
        throw new IllegalStateException("quantities.tsv:" + (i + 1) + ": expected 4 fields");
      }
      BigDecimal value = null;
      BigDecimal low = null;
      BigDecimal high = null;
      int dots = f[0].indexOf("..");
      if (dots >= 0) {
        low = new BigDecimal(f[0].substring(0, dots));
        high = new BigDecimal(f[0].substring(dots + 2));
      } else {
        value = new BigDecimal(f[0]);
      }
      Qualifier q = Qualifier.valueOf(f[2].toUpperCase(Locale.ROOT));
      for (String form : f[3].split(" \\| ")) {
        if (form.isEmpty()) {
          throw new IllegalStateException("quantities.tsv:" + (i + 1) + ": empty form");
        }
        forms.add(new Form(form, value, low, high, f[1], q, i + 1));
      }
    }
    return forms;
  }

  /** Every item of {@code corpus/negative.txt}, in file order. */
  static List<String> negatives() {
    List<String> items = new ArrayList<>();
    for (String text : lines("corpus/negative.txt")) {
      if (text.isBlank() || text.startsWith("#")) continue;
      items.add(text);
    }
    return items;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing test resource " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) lines.add(line);
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
