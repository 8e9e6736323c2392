package io.github.zhibiao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.zhibiao.QuantityParseException.ErrorType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Zhibiao#parseQuantity(String)} and the preconditions of the value records. */
class ParseQuantityTest {
  private static final Zhibiao ZHIBIAO = Zhibiao.create();

  @Test
  void parseQuantity_approximateAmount_valueUnitQualifier() throws QuantityParseException {
    Quantity q = ZHIBIAO.parseQuantity("约2262亿元");
    assertThat(q.value()).isEqualByComparingTo("226200000000");
    assertThat(q.value().scale()).isLessThanOrEqualTo(0);
    assertThat(q.qualifier()).isEqualTo(Qualifier.APPROX);
    assertThat(q.unit()).isEqualTo(new Unit("元", Dimension.MONEY));
    assertThat(q.unitText()).isEqualTo("亿元");
    assertThat(q.span()).isEqualTo(new Span(0, 7));
    assertThat(q.low()).isNull();
    assertThat(q.high()).isNull();
  }

  @Test
  void parseQuantity_surroundingWhiteSpace_allowed() throws QuantityParseException {
    Quantity q = ZHIBIAO.parseQuantity("  ８．５％\u3000");
    assertThat(q.value()).isEqualByComparingTo("8.5");
    assertThat(q.unit()).isEqualTo(Unit.PERCENT);
    assertThat(q.span()).isEqualTo(new Span(2, 6));
    assertThat(q.text()).isEqualTo("８．５％");
  }

  @Test
  void parseQuantity_range_hasLowAndHighNoValue() throws QuantityParseException {
    Quantity q = ZHIBIAO.parseQuantity("30万～50万元");
    assertThat(q.isRange()).isTrue();
    assertThat(q.value()).isNull();
    assertThat(q.low()).isEqualByComparingTo(new BigDecimal("300000"));
    assertThat(q.high()).isEqualByComparingTo(new BigDecimal("500000"));
  }

  @ParameterizedTest(name = "''{0}'' → {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "''|EMPTY",
      "'   '|EMPTY",
      "'\u3000'|EMPTY",
      "abc|NOT_A_NUMBER",
      "同比增长|NOT_A_NUMBER",
      "2018年|NOT_A_QUANTITY",
      "11月28日|NOT_A_QUANTITY",
      "第十八批|NOT_A_QUANTITY",
      "3亿元和5亿元|TRAILING_TEXT",
      "增长8%|TRAILING_TEXT",
  })
  void parseQuantity_invalid_throwsWithErrorType(String text, ErrorType expected) {
    QuantityParseException e =
        catchThrowableOfType(QuantityParseException.class, () -> ZHIBIAO.parseQuantity(text));
    assertThat(e).as("'%s' must not parse", text).isNotNull();
    assertThat(e.errorType()).as("'%s': %s", text, e.getMessage()).isEqualTo(expected);
    assertThat(e.span().end()).isLessThanOrEqualTo(text.length());
    assertThat(e.getMessage()).startsWith(expected.name());
  }

  @Test
  void parseQuantity_hundredDigits_tooLong() {
    String digits = "1".repeat(100);
    QuantityParseException e =
        catchThrowableOfType(QuantityParseException.class, () -> ZHIBIAO.parseQuantity(digits));
    assertThat(e).isNotNull();
    assertThat(e.errorType()).isEqualTo(ErrorType.TOO_LONG);
    assertThat(e.span()).isEqualTo(new Span(0, 100));
    QuantityParseException withUnit = catchThrowableOfType(
        QuantityParseException.class, () -> ZHIBIAO.parseQuantity(digits + "元"));
    assertThat(withUnit).isNotNull();
    assertThat(withUnit.errorType()).isEqualTo(ErrorType.TOO_LONG);
  }

  @Test
  void parseQuantity_maxDigits_parsesAndOneMoreIsTooLong() throws QuantityParseException {
    String max = "9".repeat(Zhibiao.MAX_DIGITS);
    assertThat(ZHIBIAO.parseQuantity(max + "元").value()).isEqualByComparingTo(max);
    QuantityParseException e = catchThrowableOfType(
        QuantityParseException.class, () -> ZHIBIAO.parseQuantity(max + "9元"));
    assertThat(e).isNotNull();
    assertThat(e.errorType()).isEqualTo(ErrorType.TOO_LONG);
  }

  @Test
  void parseQuantity_null_throwsNullPointerNamingText() {
    assertThatThrownBy(() -> ZHIBIAO.parseQuantity(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> ZHIBIAO.findQuantities(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> ZHIBIAO.audit(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> ZHIBIAO.normalize(null))
        .isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void span_negativeStartOrEndBeforeStart_throwsIllegalArgument() {
    assertThatThrownBy(() -> new Span(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Span(2, 2).length()).isZero();
  }

  @Test
  void quantity_textLengthDiffersFromSpan_throwsIllegalArgument() {
    assertThatThrownBy(() -> new Quantity(new Span(0, 3), "3亿元元", BigDecimal.ONE, null, null,
        Unit.PERCENT, "%", Qualifier.EXACT)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Quantity(new Span(0, 2), "3%", null, BigDecimal.ONE, null,
        Unit.PERCENT, "%", Qualifier.EXACT)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Quantity(new Span(0, 2), "3%", BigDecimal.valueOf(3), null, null,
        Unit.PERCENT, "%", Qualifier.EXACT).isRange()).isFalse();
  }

  @Test
  void rejectionAndUnit_preconditions_throw() {
    assertThatThrownBy(() -> new Rejection(new Span(0, 1), "十八", RejectionReason.ORDINAL))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Unit("", Dimension.MONEY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Unit("元", Dimension.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
