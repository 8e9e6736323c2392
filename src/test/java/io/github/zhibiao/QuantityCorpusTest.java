package io.github.zhibiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The positive corpus ({@code corpus/quantities.tsv}): every surface form, alone, is exactly one
 * quantity covering the whole form, with the expected value (or range), unit and qualifier.
 */
class QuantityCorpusTest {
  private static final Zhibiao ZHIBIAO = Zhibiao.create();

  static List<Corpus.Form> forms() {
    return Corpus.quantities();
  }

  @Test
  void corpus_isLargeAndCoversEveryQualifier() {
    List<Corpus.Form> forms = forms();
    assertThat(forms).hasSizeGreaterThan(150);
    assertThat(forms).extracting(Corpus.Form::qualifier).contains(Qualifier.values());
    assertThat(forms).filteredOn(Corpus.Form::isRange).hasSizeGreaterThan(10);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void findQuantities_wholeFormIsOneQuantity(Corpus.Form f) {
    List<Quantity> found = ZHIBIAO.findQuantities(f.form());
    assertThat(found).as("%s: audit %s", f, ZHIBIAO.audit(f.form())).hasSize(1);
    Quantity q = found.get(0);
    assertThat(q.span()).as("span of %s", f).isEqualTo(new Span(0, f.form().length()));
    assertThat(q.text()).isEqualTo(f.form());
    assertThat(q.unit().symbol()).as("unit of %s", f).isEqualTo(f.unit());
    assertThat(q.qualifier()).as("qualifier of %s", f).isEqualTo(f.qualifier());
    if (f.isRange()) {
      assertThat(q.value()).as("value of range %s", f).isNull();
      assertThat(q.low()).as("low of %s", f).isNotNull().isEqualByComparingTo(f.low());
      assertThat(q.high()).as("high of %s", f).isNotNull().isEqualByComparingTo(f.high());
    } else {
      assertThat(q.value()).as("value of %s", f).isNotNull().isEqualByComparingTo(f.value());
      // Bounds follow the qualifier (see Quantity's documentation).
      if (f.qualifier().isLowerBound()) {
        assertThat(q.low()).as("low of %s", f).isNotNull().isEqualByComparingTo(f.value());
      } else {
        assertThat(q.low()).as("low of %s", f).isNull();
      }
      if (f.qualifier().isUpperBound()) {
        assertThat(q.high()).as("high of %s", f).isNotNull().isEqualByComparingTo(f.value());
      } else {
        assertThat(q.high()).as("high of %s", f).isNull();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void findQuantities_allNumbersEngineAgrees(Corpus.Form f) {
    // Every corpus form has a unit or a magnitude, so reporting bare numbers too changes nothing.
    List<Quantity> strict = ZHIBIAO.findQuantities(f.form());
    List<Quantity> all = Zhibiao.builder().allNumbers(true).build().findQuantities(f.form());
    assertThat(all).as("%s", f).isEqualTo(strict);
  }
}
