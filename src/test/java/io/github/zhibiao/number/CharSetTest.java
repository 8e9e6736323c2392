package io.github.zhibiao.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CharSetTest {
  @Test
  void holdsExactlyItsCharactersAcrossWordEdges() {
    String chars = "\u0000\u003F\u0040\u007F年\uFFFF";
    for (CharSet set : List.of(CharSet.of(chars),
        CharSet.of(chars.chars().mapToObj(c -> (char) c).toList()),
        CharSet.matching(c -> chars.indexOf(c) >= 0))) {
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        assertThat(set.contains((char) c)).as("U+%04X", c).isEqualTo(chars.indexOf(c) >= 0);
      }
    }
  }
}
