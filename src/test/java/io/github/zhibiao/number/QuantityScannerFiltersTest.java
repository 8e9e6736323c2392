package io.github.zhibiao.number;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.Quantity;
import io.github.zhibiao.RejectionReason;
import io.github.zhibiao.Zhibiao;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scanner passes most figures and numerals after one read of a bit set built from its tables
 * (the qualifier words' end characters, the idioms' character pairs). These tests go through every
 * row of those tables, so that a filter that skipped a row it must not would fail here.
 */
class QuantityScannerFiltersTest {
  private static final Zhibiao ZHIBIAO = Zhibiao.create();
  private static final Zhibiao ALL_NUMBERS = Zhibiao.builder().allNumbers(true).build();

  static Stream<Tables.QualifierEntry> qualifiers() {
    return Tables.bundled().qualifiers.stream();
  }

  static Stream<String> idioms() {
    return Tables.bundled().idioms.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("qualifiers")
  void everyQualifierWord_qualifiesTheFigure(Tables.QualifierEntry entry) {
    for (String context : List.of("", "全年")) {
      String text = entry.before()
          ? context + entry.word() + "100亿元"
          : context + "100亿元" + entry.word();
      List<Quantity> found = ZHIBIAO.findQuantities(text);
      assertThat(found).as(text).hasSize(1);
      Quantity q = found.get(0);
      assertThat(q.qualifier()).as(text).isEqualTo(entry.qualifier());
      // the word is part of the figure's span
      assertThat(q.text()).as(text).isEqualTo(text.substring(context.length()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idioms")
  void everyIdiom_isRejectedAsAnIdiom_inContext(String idiom) {
    for (String prefix : List.of("", "推进", "，")) {
      for (String suffix : List.of("", "建设", "。")) {
        String text = prefix + idiom + suffix;
        int from = prefix.length();
        int to = from + idiom.length();
        for (Zhibiao engine : List.of(ZHIBIAO, ALL_NUMBERS)) {
          assertThat(engine.audit(text)).as(text)
              .anyMatch(r -> r.reason() == RejectionReason.IDIOM && r.text().equals(idiom)
                  && r.span().start() == from);
          assertThat(engine.findQuantities(text)).as(text)
              .noneMatch(q -> q.span().start() < to && q.span().end() > from);
        }
      }
    }
  }
}
