package io.github.zhibiao.stats;

import static io.github.zhibiao.stats.StatsTesting.ALLOWED_ERROR;
import static io.github.zhibiao.stats.StatsTesting.IQR_ONLY;
import static io.github.zhibiao.stats.StatsTesting.MOSTLY_FIVE;
import static io.github.zhibiao.stats.StatsTesting.ONE_TO_TEN;
import static io.github.zhibiao.stats.StatsTesting.SKEWED;
import static io.github.zhibiao.stats.StatsTesting.TIGHT_CENTRE;
import static io.github.zhibiao.stats.StatsTesting.decimals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every statistic of {@link Summary}, checked against values worked out by hand. */
class SummaryTest {

  @Test
  void describe_oneToTen_everyStatistic() {
    Summary<BigDecimal> s = Statistics.describe(ONE_TO_TEN, "亿元");
    assertThat(s.count()).isEqualTo(10);
    assertThat(s.unit()).isEqualTo("亿元");
    assertThat(s.sum()).isEqualByComparingTo("55"); // 10 × 11 / 2
    assertThat(s.min()).isEqualByComparingTo("1");
    assertThat(s.max()).isEqualByComparingTo("10");
    assertThat(s.mean()).isEqualTo(5.5); // 55 / 10
    // R-7, h = (n − 1)·p = 9p, 0-based: median h = 4.5 → 5 + 0.5 × (6 − 5) = 5.5
    assertThat(s.median()).isEqualTo(5.5);
    // q1: h = 2.25 → 3 + 0.25 = 3.25; q3: h = 6.75 → 7 + 0.75 = 7.75; iqr 4.5
    assertThat(s.q1()).isEqualTo(3.25);
    assertThat(s.q3()).isEqualTo(7.75);
    assertThat(s.iqr()).isEqualTo(4.5);
    // p90: h = 8.1 → 9 + 0.1 × 1 = 9.1 (Excel PERCENTILE.INC(1..10, 0.9) = 9.1)
    assertThat(s.percentile(90)).isCloseTo(9.1, within(ALLOWED_ERROR));
    assertThat(s.percentile(0)).isEqualTo(1);
    assertThat(s.percentile(100)).isEqualTo(10);
    assertThat(s.percentile(50)).isEqualTo(s.median());
    // Σ(x − 5.5)² = 2 × (4.5² + 3.5² + 2.5² + 1.5² + 0.5²) = 2 × 41.25 = 82.5
    assertThat(s.populationVariance()).isCloseTo(8.25, within(ALLOWED_ERROR)); // 82.5 / 10
    assertThat(s.sampleVariance().getAsDouble())
        .isCloseTo(82.5 / 9, within(ALLOWED_ERROR)); // 9.1666…
    assertThat(s.sampleVariance().getAsDouble()).isCloseTo(9.1667, within(1e-4));
    assertThat(s.populationStandardDeviation()).isCloseTo(Math.sqrt(8.25), within(ALLOWED_ERROR));
    assertThat(s.sampleStandardDeviation().getAsDouble())
        .isCloseTo(3.0276503540974917, within(ALLOWED_ERROR)); // √9.1666…
    assertThat(s.skewness().getAsDouble()).isCloseTo(0, within(ALLOWED_ERROR)); // symmetric
    // Fences: 3.25 − 1.5 × 4.5 = −3.5 and 7.75 + 6.75 = 14.5: nothing outside.
    assertThat(s.lowerFence()).isEqualTo(-3.5);
    assertThat(s.upperFence()).isEqualTo(14.5);
    assertThat(s.iqrOutliers()).isEmpty();
    // |x − 5.5| sorted: 0.5 0.5 1.5 1.5 2.5 2.5 3.5 3.5 4.5 4.5 → MAD 2.5
    assertThat(s.mad()).isEqualTo(2.5);
    assertThat(s.robustOutliers()).isEmpty();
    // 0.6745 × (10 − 5.5) / 2.5 = 1.2141
    assertThat(s.modifiedZScore(BigDecimal.TEN).getAsDouble()).isCloseTo(1.2141, within(1e-12));
  }

  @Test
  void describe_skewedSet_adjustedFisherPearson() {
    Summary<BigDecimal> s = Statistics.describe(SKEWED, "");
    // mean 4; d = −3 −2 −1 0 6; Σd² = 50, s² = 50/4 = 12.5; Σd³ = −27 − 8 − 1 + 216 = 180
    // G1 = n/((n−1)(n−2)) · Σd³/s³ = 5/12 × 180 / 12.5^1.5 = 6/√12.5 = 6√2/5 = 1.6970562748…
    // (Excel: SKEW(1,2,3,4,10) = 1.697056275)
    assertThat(s.mean()).isEqualTo(4);
    assertThat(s.sampleVariance().getAsDouble()).isCloseTo(12.5, within(ALLOWED_ERROR));
    assertThat(s.populationVariance()).isCloseTo(10, within(ALLOWED_ERROR)); // 50 / 5
    assertThat(s.skewness().getAsDouble()).isCloseTo(6 * Math.sqrt(2) / 5, within(ALLOWED_ERROR));
    assertThat(s.skewness().getAsDouble()).isCloseTo(1.697056275, within(1e-9));
    // Left tail: negating the values negates the skewness.
    Summary<BigDecimal> mirrored = Statistics.describe(decimals("-1 -2 -3 -4 -10"), "");
    assertThat(mirrored.skewness().getAsDouble())
        .isCloseTo(-6 * Math.sqrt(2) / 5, within(ALLOWED_ERROR));
  }

  @Test
  void outliers_iqrFlagsButRobustDoesNot() {
    Summary<BigDecimal> s = Statistics.describe(IQR_ONLY, "%");
    // As 1..10: q1 3.25, q3 7.75, upper fence 14.5 < 15.
    assertThat(s.upperFence()).isEqualTo(14.5);
    assertThat(s.iqrOutliers())
        .containsExactly(new Outlier<>(9, new BigDecimal("15"), new BigDecimal("15")));
    // |x − 5.5|: 4.5 3.5 2.5 1.5 0.5 0.5 1.5 2.5 3.5 9.5 → MAD 2.5;
    // z(15) = 0.6745 × 9.5 / 2.5 = 2.5631 ≤ 3.5
    assertThat(s.mad()).isEqualTo(2.5);
    assertThat(s.modifiedZScore(new BigDecimal("15")).getAsDouble())
        .isCloseTo(2.5631, within(1e-12));
    assertThat(s.robustOutliers()).isEmpty();
  }

  @Test
  void outliers_robustFlagsMoreThanIqr() {
    Summary<BigDecimal> s = Statistics.describe(TIGHT_CENTRE, "亿元");
    // sorted 10 10 10 10 10 11 11 14 20 30: median h=4.5 → 10.5; q1 h=2.25 → 10;
    // q3 h=6.75 → 11 + 0.75 × 3 = 13.25; iqr 3.25; fences 10 − 4.875 = 5.125, 13.25 + 4.875 =
    // 18.125
    assertThat(s.median()).isEqualTo(10.5);
    assertThat(s.q3()).isEqualTo(13.25);
    assertThat(s.lowerFence()).isEqualTo(5.125);
    assertThat(s.upperFence()).isEqualTo(18.125);
    assertThat(values(s.iqrOutliers())).containsExactly("20", "30");
    // |x − 10.5|: 0.5 ×7, 3.5, 9.5, 19.5 → MAD 0.5; z(14) = 0.6745 × 3.5 / 0.5 = 4.7215 > 3.5
    assertThat(s.mad()).isEqualTo(0.5);
    assertThat(values(s.robustOutliers())).containsExactly("14", "20", "30");
    assertThat(s.robustOutliers().get(0).index()).isEqualTo(7);
  }

  @Test
  void outliers_madZero_noRobustOutliers_iqrStillApplies() {
    Summary<BigDecimal> s = Statistics.describe(MOSTLY_FIVE, "");
    // median 5, six of seven |x − 5| are 0 → MAD 0: the modified z-score is undefined.
    assertThat(s.mad()).isZero();
    assertThat(s.modifiedZScore(new BigDecimal("100"))).isEmpty();
    assertThat(s.robustOutliers()).isEmpty();
    // q1 (h = 1.5) = q3 (h = 4.5) = 5: both fences 5, and 100 lies above.
    assertThat(s.lowerFence()).isEqualTo(5);
    assertThat(s.upperFence()).isEqualTo(5);
    assertThat(values(s.iqrOutliers())).containsExactly("100");
  }

  @Test
  void describe_singleValue() {
    Summary<BigDecimal> s = Statistics.describe(List.of(new BigDecimal("42.5")), "万元");
    assertThat(s.count()).isEqualTo(1);
    assertThat(s.sum()).isEqualTo(new BigDecimal("42.5"));
    assertThat(s.min()).isSameAs(s.max());
    assertThat(s.mean()).isEqualTo(42.5);
    assertThat(s.median()).isEqualTo(42.5);
    assertThat(s.q1()).isEqualTo(42.5);
    assertThat(s.q3()).isEqualTo(42.5);
    assertThat(s.percentile(37)).isEqualTo(42.5);
    assertThat(s.iqr()).isZero();
    assertThat(s.populationVariance()).isZero();
    assertThat(s.populationStandardDeviation()).isZero();
    assertThat(s.sampleVariance()).isEmpty();
    assertThat(s.sampleStandardDeviation()).isEmpty();
    assertThat(s.skewness()).isEmpty();
    assertThat(s.mad()).isZero();
    assertThat(s.iqrOutliers()).isEmpty();
    assertThat(s.robustOutliers()).isEmpty();
  }

  @Test
  void describe_twoValues_sampleVarianceDefined_skewnessNot() {
    Summary<BigDecimal> s = Statistics.describe(decimals("1 3"), "");
    // mean 2, Σd² = 2: population 2/2 = 1, sample 2/1 = 2
    assertThat(s.populationVariance()).isEqualTo(1);
    assertThat(s.sampleVariance()).hasValue(2);
    assertThat(s.skewness()).isEmpty();
  }

  @Test
  void describe_allEqual_skewnessUndefined_varianceZero() {
    Summary<BigDecimal> s = Statistics.describe(decimals("0.1 0.10 0.1"), "");
    assertThat(s.populationVariance()).isZero();
    assertThat(s.sampleVariance()).hasValue(0);
    assertThat(s.skewness()).isEmpty();
    // min and max are the first of the equal values, exactly as given.
    assertThat(s.min().toPlainString()).isEqualTo("0.1");
  }

  @Test
  void sum_isExact_whereDoublesAreNot() {
    // 0.1 + 0.2 in double is 0.30000000000000004.
    assertThat(0.1 + 0.2).isNotEqualTo(0.3);
    assertThat(Statistics.describe(decimals("0.1 0.2"), "%").sum())
        .isEqualTo(new BigDecimal("0.3"));
    // 10²⁰ + 1: a double has 53 bits (~16 digits), so 1e20 + 1 == 1e20.
    assertThat(1e20 + 1).isEqualTo(1e20);
    Summary<BigDecimal> big = Statistics.describe(decimals("100000000000000000000 1"), "元");
    assertThat(big.sum()).isEqualTo(new BigDecimal("100000000000000000001"));
    assertThat(big.min()).isEqualTo(BigDecimal.ONE);
    // Ten times 0.1: exact 1.0, where a double loop gives 0.9999999999999999.
    List<BigDecimal> tenths = new ArrayList<>();
    for (int i = 0; i < 10; i++) tenths.add(new BigDecimal("0.1"));
    Summary<BigDecimal> s = Statistics.describe(tenths, "");
    assertThat(s.sum()).isEqualTo(new BigDecimal("1.0"));
    assertThat(s.mean()).isEqualTo(0.1); // 1.0 / 10, exactly, then rounded once
  }

  @Test
  void percentile_outOfRange_throws() {
    Summary<BigDecimal> s = Statistics.describe(ONE_TO_TEN, "");
    assertThatThrownBy(() -> s.percentile(-0.1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.percentile(100.1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.percentile(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[0, 100]");
  }

  @Test
  void percentile_isNotCommonsMathLegacy() {
    // LEGACY (Commons Math's default) puts q1 of 1..10 at h = (n + 1)/4 = 2.75 (1-based) → 2.75;
    // R-7 gives 3.25. This pins the estimator.
    Summary<BigDecimal> s = Statistics.describe(ONE_TO_TEN, "");
    assertThat(
            new org.apache.commons.math3.stat.descriptive.rank.Percentile()
                .evaluate(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 25))
        .isEqualTo(2.75);
    assertThat(s.q1()).isEqualTo(3.25);
  }

  @Test
  void summary_valueSemantics_andToString() {
    Summary<BigDecimal> a = Statistics.describe(decimals("1 2"), "元");
    assertThat(a).isEqualTo(Statistics.describe(decimals("1 2"), "元"));
    assertThat(a).hasSameHashCodeAs(Statistics.describe(decimals("1 2"), "元"));
    assertThat(a).isNotEqualTo(Statistics.describe(decimals("1 2"), "美元"));
    assertThat(a).isNotEqualTo(Statistics.describe(decimals("2 1"), "元"));
    assertThat(a.toString())
        .isEqualTo(
            "Summary{count=2, unit=元, sum=3, min=1, max=2, mean=1.5, median=1.5, q1=1.25,"
                + " q3=1.75}");
  }

  @Test
  void outlierAndRanked_preconditions() {
    assertThatThrownBy(() -> new Outlier<>(-1, "x", BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Outlier<>(0, null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Ranked<>(0, "x", BigDecimal.ONE, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Ranked<>(1, "x", BigDecimal.ONE, null))
        .isInstanceOf(NullPointerException.class);
  }

  private static List<String> values(List<Outlier<BigDecimal>> outliers) {
    return outliers.stream().map(o -> o.value().toPlainString()).toList();
  }
}
