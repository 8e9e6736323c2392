package io.github.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Line, column and line bounds of offsets, against a direct count, in any order of asking. */
class LineIndexTest {

  /** The 1-based line and column (in code points) of {@code p}, counted from the text's start. */
  private static int[] direct(String text, int p) {
    int lineStart = text.lastIndexOf('\n', p - 1) + 1;
    int line = 1;
    for (int i = 0; i < lineStart; i++) if (text.charAt(i) == '\n') line++;
    return new int[] {line, text.codePointCount(lineStart, p) + 1};
  }

  @Test
  void linesAndColumnsMatchADirectCount_inTextOrderAndOutOfIt() {
    // surrogate pairs (𠮷), CRLF, empty lines, a line feed at the start and the end
    String text = "\n投资1２３亿元，𠮷野家\r\n\n\n增长8%。𠮷𠮷x\n长" + "一".repeat(300) + "5亿元\n";
    LineIndex inOrder = new LineIndex(text);
    for (int p = 0; p <= text.length(); p++) {
      int[] want = direct(text, p);
      assertThat(new int[] {inOrder.line(p) + 1, inOrder.column(p)}).as("offset %d", p)
          .containsExactly(want);
    }
    LineIndex random = new LineIndex(text);
    SplittableRandom r = new SplittableRandom(7);
    for (int t = 0; t < 2000; t++) {
      int p = r.nextInt(text.length() + 1);
      int[] want = direct(text, p);
      assertThat(new int[] {random.line(p) + 1, random.column(p)}).as("offset %d", p)
          .containsExactly(want);
    }
  }

  @Test
  void lineBoundsLeaveOutTheLineFeedAndACarriageReturn() {
    String text = "甲乙\r\n丙\n\n丁";
    LineIndex lines = new LineIndex(text);
    assertThat(lines.lineFeeds()).isEqualTo(3);
    assertThat(text.substring(lines.start(0), lines.end(0))).isEqualTo("甲乙");
    assertThat(text.substring(lines.start(1), lines.end(1))).isEqualTo("丙");
    assertThat(text.substring(lines.start(2), lines.end(2))).isEmpty();
    assertThat(text.substring(lines.start(3), lines.end(3))).isEqualTo("丁");
    // the offset of a line feed belongs to the line it ends
    assertThat(lines.line(text.indexOf('丙') + 1)).isEqualTo(1);
  }
}
