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
        // B: arithmetic
        .add(new ShareRule())
        .add(new TargetRule())
        .add(new PartsSumRule())
        .add(new PartWholeRule())
        .add(new GrowthRule())
        .add(new PointChangeRule())
        // C: consistency across mentions
        .add(new HeadlineRule())
        .add(new RepeatRule())
        .add(new MagnitudeSlipRule())
        // D: language of statistics
        .add(new PointsRule())
        .add(new DecreaseMultipleRule())
        .add(new DirectionRule())
        .add(new ImpossibleValueRule())
        .add(new ApproximationRule())
        // E: number form
        .build();
  }
}
