package io.github.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The corrected counterpart of every positive case of every rule family, checked together with
 * every rule: a checker that finds what is wrong must also stay quiet on what is right.
 */
class AllRulesCleanTest {
  @Test
  void everyCorrectedCase_everyRule_noFinding() {
    List<String> clean = new ArrayList<>();
    for (BcdCases.Case k : BcdCases.CASES) clean.add(k.clean());
    FormRulesTest.cases().forEach(a -> clean.add((String) a.get()[5]));
    FormRulesTest.clean().forEach(clean::add);
    assertThat(clean).hasSizeGreaterThan(60);
    Checker all = Checker.builder().failFast().build();
    for (String text : clean) {
      assertThat(all.check(text)).as(text).isEmpty();
    }
    // each text once: a text given twice is C5's finding
    assertThat(all.check(String.join("\n\n", clean.stream().distinct().toList()))).isEmpty();
  }
}
