package io.github.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.zhibiao.Finding;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules that read a run of digits stay linear however long the run. */
class CheckAdversarialTest {
  private static final Checker CHECKER = Checker.create();
  private static final Duration BOUND = Duration.ofSeconds(10);

  private static List<Finding> check(String text) {
    return assertTimeoutPreemptively(BOUND,
        () -> CHECKER.extractAndCheck(text, LocalDate.of(2020, 5, 1)).findings());
  }

  @Test
  void e1_aMegabyteOfDigitsBefore十_linear() {
    // E1 parsed the whole run before 十 as one number: 800,000 digits took 8 s
    List<Finding> found = check("1".repeat(2_000_000) + "十");
    assertThat(found).noneMatch(f -> f.rule().equals("E1"));
    // still found after a short number
    assertThat(check("全年完成3千5百万元。")).anyMatch(f -> f.rule().equals("E1"));
  }

  @Test
  void a1_linesOfPointsJoinedIntoOneRun_linearAndSmall() {
    // equal lines are joined with no space into 1.1.1.1…, one deletion per line; A1 read the
    // run from each deletion into its message: 25,000 characters ran out of a 4 GB heap
    List<Finding> found = check("1.1.\n".repeat(200_000));
    long chars = 0;
    for (Finding f : found) chars += f.message().length();
    assertThat(chars).isLessThan(1_000L * found.size() + 1);
    // a number split by a line break is still reported
    assertThat(check("总投资达到44\n00万元。")).anyMatch(f -> f.rule().equals("A1"));
  }
}
