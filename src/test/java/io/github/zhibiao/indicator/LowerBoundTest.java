package io.github.zhibiao.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The galloping search of {@link TypingRun} against a plain scan, from every kind of hint. */
class LowerBoundTest {
  private static int scan(int[] a, int size, int key) {
    int k = 0;
    while (k < size && a[k] < key) k++;
    return k;
  }

  @Test
  void agreesWithAScanFromAnyHint() {
    Random random = new Random(6);
    for (int round = 0; round < 2_000; round++) {
      int size = random.nextInt(40);
      int[] a = new int[size + random.nextInt(5)]; // spare capacity past size, as in TypingRun
      for (int k = 0; k < size; k++) a[k] = random.nextInt(30);
      Arrays.sort(a, 0, size);
      for (int k = size; k < a.length; k++) a[k] = -1; // never read
      for (int q = 0; q < 20; q++) {
        int key = random.nextInt(34) - 2;
        int hint = random.nextInt(size + 3) - 1; // also out of range
        assertThat(TypingRun.lowerBound(a, size, key, hint))
            .as("key %d, hint %d in %s", key, hint, Arrays.toString(Arrays.copyOf(a, size)))
            .isEqualTo(scan(a, size, key));
      }
    }
  }

  @Test
  void findsTheFirstOfEqualKeysOnBothSidesOfTheHint() {
    int[] a = {1, 3, 3, 3, 3, 3, 3, 9};
    for (int hint = 0; hint <= a.length; hint++) {
      assertThat(TypingRun.lowerBound(a, a.length, 3, hint)).isEqualTo(1);
      assertThat(TypingRun.lowerBound(a, a.length, 4, hint)).isEqualTo(7);
      assertThat(TypingRun.lowerBound(a, a.length, 10, hint)).isEqualTo(8);
      assertThat(TypingRun.lowerBound(a, a.length, 0, hint)).isEqualTo(0);
    }
  }
}
