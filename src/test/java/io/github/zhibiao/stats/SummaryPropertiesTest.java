package io.github.zhibiao.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** Invariants of {@link Summary} on random data, and agreement with Commons Math as an oracle. */
class SummaryPropertiesTest {

  @Property
  void percentile_monotoneInP(
      @ForAll @Size(min = 1, max = 40)
          List<@BigRange(min = "-1e12", max = "1e12") @Scale(3) BigDecimal> values,
      @ForAll @DoubleRange(min = 0, max = 100) double p1,
      @ForAll @DoubleRange(min = 0, max = 100) double p2) {
    Summary<BigDecimal> s = Statistics.describe(values, "");
    double lo = Math.min(p1, p2);
    double hi = Math.max(p1, p2);
    assertThat(s.percentile(lo)).isLessThanOrEqualTo(s.percentile(hi));
  }

  @Property
  void quartiles_ordered_betweenMinAndMax(
      @ForAll @Size(min = 1, max = 40)
          List<@BigRange(min = "-1e12", max = "1e12") @Scale(3) BigDecimal> values) {
    Summary<BigDecimal> s = Statistics.describe(values, "");
    assertThat(s.min().doubleValue()).isLessThanOrEqualTo(s.q1());
    assertThat(s.q1()).isLessThanOrEqualTo(s.median());
    assertThat(s.median()).isLessThanOrEqualTo(s.q3());
    assertThat(s.q3()).isLessThanOrEqualTo(s.max().doubleValue());
    assertThat(s.iqr()).isGreaterThanOrEqualTo(0);
    assertThat(s.lowerFence()).isLessThanOrEqualTo(s.upperFence());
    assertThat(s.sum())
        .isEqualByComparingTo(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  @Property
  void populationVariance_atMostSampleVariance(
      @ForAll @Size(min = 2, max = 40)
          List<@BigRange(min = "-1e9", max = "1e9") @Scale(2) BigDecimal> values) {
    Summary<BigDecimal> s = Statistics.describe(values, "");
    assertThat(s.populationVariance()).isGreaterThanOrEqualTo(0);
    assertThat(s.populationVariance()).isLessThanOrEqualTo(s.sampleVariance().getAsDouble());
  }

  @Property
  void variance_invariantUnderShift(
      @ForAll @Size(min = 2, max = 40)
          List<@BigRange(min = "-1e6", max = "1e6") @Scale(2) BigDecimal> values,
      @ForAll @BigRange(min = "-1e6", max = "1e6") @Scale(2) BigDecimal shift) {
    Summary<BigDecimal> s = Statistics.describe(values, "");
    Summary<BigDecimal> shifted =
        Statistics.describe(values.stream().map(v -> v.add(shift)).toList(), "");
    double v = s.populationVariance();
    assertThat(shifted.populationVariance()).isCloseTo(v, within(1e-6 * v + 1e-9));
    assertThat(shifted.iqr()).isCloseTo(s.iqr(), within(1e-6 * s.iqr() + 1e-6));
    assertThat(shifted.sum())
        .isEqualByComparingTo(s.sum().add(shift.multiply(BigDecimal.valueOf(values.size()))));
  }

  @Property
  void agreesWithCommonsMath_r7_variance_skewness(
      @ForAll @Size(min = 3, max = 40)
          List<@BigRange(min = "-1e6", max = "1e6") @Scale(2) BigDecimal> values,
      @ForAll @DoubleRange(min = 0.01, max = 100) double p) {
    Summary<BigDecimal> s = Statistics.describe(values, "");
    double[] xs = values.stream().mapToDouble(BigDecimal::doubleValue).toArray();
    double scale = Arrays.stream(xs).map(Math::abs).max().orElse(0) + 1;
    double r7 = new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(xs, p);
    assertThat(s.percentile(p)).isCloseTo(r7, within(1e-12 * scale));
    double sample = new Variance(true).evaluate(xs);
    assertThat(s.sampleVariance().getAsDouble()).isCloseTo(sample, within(1e-9 * sample + 1e-9));
    double population = new Variance(false).evaluate(xs);
    assertThat(s.populationVariance()).isCloseTo(population, within(1e-9 * population + 1e-9));
    if (s.skewness().isPresent()) {
      assertThat(s.skewness().getAsDouble()).isCloseTo(new Skewness().evaluate(xs), within(1e-6));
    } else {
      assertThat(s.min()).isEqualByComparingTo(s.max()); // undefined only when all are equal
    }
  }
}
