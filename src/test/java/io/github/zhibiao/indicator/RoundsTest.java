package io.github.zhibiao.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.Quantity;
import io.github.zhibiao.Zhibiao;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a headline figure states a body figure rounded ({@link Rounding#rounds}). */
class RoundsTest {
  private static final Zhibiao ZHIBIAO = Zhibiao.create();

  @ParameterizedTest(name = "{0} over {1}: {2}")
  @CsvSource({
      "超400亿元, 42650000000, true",    // within the next hundred
      "超400亿元, 52000000000, false",   // past it
      "超400亿元, 40000000000, false",   // equal is the exact pass's
      "超400亿元, 39000000000, false",   // below a lower bound
      "426亿元, 42650000000, true",      // truncated
      "426亿元, 42590000000, true",      // rounded up
      "426亿元, 42500000000, false",     // the body is no finer than the headline
      "426亿元, 42740000000, false",     // the next step
      "426亿元, 42680000000, true",      // truncated: three significant digits
      "400亿元, 48000000000, false",     // one significant digit: not truncated
      "400亿元, 39000000000, true",      // rounded, within 5%
      "400亿元, 44000000000, false",     // one significant digit, 10% off
      "20亿元, 1500000000, false",
      "20亿元, 1960000000, true",
      "13亿元, 1260000000, true",        // two significant digits: rounded
      "5%, 5.3, true",                   // a percentage rounded to a whole per cent
      "3万个, 39000, false",
      "3.2万亿元, 3196400000000, true",
      "近千亿元, 98000000000, true",     // within a tenth
      "近千亿元, 85000000000, false",
      "不足500亿元, 48000000000, true",
      "不足500亿元, 52000000000, false",
      "约2262亿元, 226230000000, true",
      "约2262亿元, 227000000000, false",
  })
  void roundsAtThePrecisionOfTheLastSignificantDigit(String headline, String body, boolean same) {
    Quantity q = ZHIBIAO.findQuantities(headline).get(0);
    assertThat(Rounding.rounds(q, new BigDecimal(body))).isEqualTo(same);
  }
}
