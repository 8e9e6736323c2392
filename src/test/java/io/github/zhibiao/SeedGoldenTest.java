package io.github.zhibiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed documents against their hand-checked golden files ({@code seeds/golden/*.tsv}).
 *
 * <p>Each golden row is one quantity: start, end, text (with {@code \n} escaped), value, low,
 * high, unit, qualifier; then its indicator: type, signed value (low..high for a range), metric,
 * base, period as written, its start and end dates (no document date is given, so relative
 * periods stay open), status, province, place, and for a repeated mention (a headline figure the
 * body states again) the start of the primary mention. After a deliberate change of behaviour,
 * regenerate with {@code mvn test -Dtest=SeedGoldenTest -Dgolden.update=true}, then review every
 * changed line by hand ({@code git diff seeds/golden}) before committing.
 */
class SeedGoldenTest {
  private static final String HEADER = "start\tend\ttext\tvalue\tlow\thigh\tunit\tqualifier"
      + "\tindicator\tsigned\tmetric\tbase\tperiod\tperiod_start\tperiod_end\tstatus"
      + "\tprovince\tplace\trepeat_of";
  private static final Zhibiao ZHIBIAO = Zhibiao.create();

  static Stream<Path> seeds() throws IOException {
    return Golden.seeds();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void findQuantities_matchesGolden(Path seed) throws IOException {
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    Document document = ZHIBIAO.extract(text);
    List<Quantity> found = document.quantities();
    assertThat(found).isEqualTo(ZHIBIAO.findQuantities(text));
    Map<Span, Indicator> bySpan = new HashMap<>();
    for (Indicator i : document.indicators()) {
      for (Span s : i.mentions()) assertThat(bySpan.put(s, i)).as("one indicator per span").isNull();
    }
    for (Quantity q : found) {
      assertThat(q.text()).isEqualTo(q.span().slice(text));
    }
    List<String> actual = new ArrayList<>();
    actual.add(HEADER);
    for (Quantity q : found) {
      Indicator i = bySpan.get(q.span());
      assertThat(i).as("indicator of %s", q).isNotNull();
      actual.add(row(q) + "\t" + indicatorRow(i, q));
    }
    Golden.assertMatches(seed, ".tsv", actual);
  }

  private static String row(Quantity q) {
    return String.join(
        "\t",
        Integer.toString(q.span().start()),
        Integer.toString(q.span().end()),
        Golden.escape(q.text()),
        plain(q.value()),
        plain(q.low()),
        plain(q.high()),
        q.unit().symbol(),
        q.qualifier().id());
  }

  private static String indicatorRow(Indicator i, Quantity q) {
    Period p = i.period();
    return String.join(
        "\t",
        i.type().id(),
        i.value() == null ? plain(i.low()) + ".." + plain(i.high()) : plain(i.value()),
        i.metric(),
        i.base() == null ? "" : i.base(),
        p == null ? "" : Golden.escape(p.text()),
        p == null || p.start() == null ? "" : p.start().toString(),
        p == null || p.end() == null ? "" : p.end().toString(),
        i.status().id(),
        i.province() == null ? "" : i.province(),
        i.place() == null ? "" : i.place().name(),
        i.span().equals(q.span()) ? "" : Integer.toString(i.span().start()));
  }

  private static String plain(BigDecimal v) {
    return v == null ? "" : v.toPlainString();
  }
}
