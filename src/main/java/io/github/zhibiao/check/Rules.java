package io.github.zhibiao.check;

import com.google.common.collect.ImmutableList;

/**
 * The registry of rules, in catalogue order. A rule is added here with one line; ids are unique
 * (a test checks).
 */
final class Rules {
  private Rules() {}

  /** Every rule zhibiao implements. */
  static ImmutableList<Rule> all() {
    return ImmutableList.<Rule>builder()
        // A: text-extraction artifacts
        .add(new SplitNumberRule()) // A1
        .add(new DoubledRunRule()) // A2
        .add(new DroppedNumberRule()) // A3
        .add(new ZeroLookalikeRule()) // A4
        .add(new FullWidthNumberRule()) // A5
        .add(new NumberSpacingRule()) // A6
        // B: arithmetic
        .add(new ShareRule())
        .add(new TargetRule())
        .add(new PartsSumRule())
        .add(new PartWholeRule())
        .add(new GrowthRule())
        .add(new PointChangeRule())
        .add(new MultipleRule()) // B7
        .add(new ShareSumRule()) // B8
        .add(new AverageRule()) // B10
        .add(new RangeOrderRule()) // B12
        // C: consistency across mentions
        .add(new HeadlineRule())
        .add(new RepeatRule())
        .add(new MagnitudeSlipRule())
        .add(new UnitMismatchRule()) // C4
        .add(new DuplicateSentenceRule()) // C5
        // D: language of statistics
        .add(new PointsRule())
        .add(new DecreaseMultipleRule())
        .add(new DirectionRule())
        .add(new RedundantBaseRule()) // D5
        .add(new ImpossibleValueRule())
        .add(new ApproximationRule())
        // E: number form
        .add(new PlaceWordRule()) // E1
        .add(new MixedNumeralRule()) // E2
        .add(new RangeUnitRule()) // E3
        .add(new RangeConnectorRule()) // E4
        .add(new TwoDigitYearRule()) // E5
        .add(new ShortChineseYearRule()) // E6
        .add(new ApproximationCommaRule()) // E7
        .add(new ApproximationArabicRule()) // E8
        .add(new LeadingZeroRule()) // E9
        .add(new GroupingRule()) // E10
        .add(new DateFormRule()) // E12
        .add(new FixedWordRule()) // E14
        .add(new ChineseZeroRule()) // E17
        .add(new OfficialNameRule()) // E18
        .build();
  }
}
