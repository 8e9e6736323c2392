package io.github.zhibiao.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The layout's bit sets of offsets against a sorted set, in order and out of order. */
class OffsetsTest {
  private static void check(Random random, boolean inOrder) {
    check(random, inOrder, 4);
  }

  /** Adds up to n offsets, in order less than {@code gap} apart, else at random in [0, 3n]. */
  private static void check(Random random, boolean inOrder, int gap) {
    int n = random.nextInt(random.nextBoolean() ? 40 : 20_000);
    int max = gap * n + 4; // no offset added goes beyond it
    Structure.Offsets offsets = new Structure.Offsets(max);
    TreeSet<Integer> oracle = new TreeSet<>();
    int v = 0;
    for (int k = 0; k < n; k++) {
      v = inOrder ? v + random.nextInt(gap) : random.nextInt(3 * n + 1);
      offsets.add(v);
      oracle.add(v);
    }
    offsets.finish();
    int none = -7;
    for (int q = 0; q < 200; q++) {
      int p = random.nextInt(Math.max(1, oracle.isEmpty() ? 10 : oracle.last() + 10)) - 3;
      Integer floor = oracle.floor(p);
      Integer ceiling = oracle.ceiling(p);
      assertThat(offsets.floor(p)).as("floor %d", p).isEqualTo(floor == null ? 0 : floor);
      assertThat(offsets.ceiling(p, none)).as("ceiling %d", p)
          .isEqualTo(ceiling == null ? none : ceiling);
    }
  }

  @Test
  void agreesWithASortedSet_addedInOrder() {
    Random random = new Random(11);
    for (int round = 0; round < 300; round++) check(random, true);
  }

  @Test
  void agreesWithASortedSet_farApart() {
    // words of 64 positions with no offset: floor and ceiling read the tables beyond the word
    Random random = new Random(13);
    for (int round = 0; round < 300; round++) check(random, true, 1 + random.nextInt(600));
  }

  @Test
  void agreesWithASortedSet_addedOutOfOrder() {
    Random random = new Random(12);
    for (int round = 0; round < 300; round++) check(random, false);
  }

  @Test
  void anEmptySetHasNoCeilingAndFloorsToZero() {
    Structure.Offsets offsets = new Structure.Offsets(100).finish();
    assertThat(offsets.floor(5)).isZero();
    assertThat(offsets.ceiling(5, 9)).isEqualTo(9);
  }
}
