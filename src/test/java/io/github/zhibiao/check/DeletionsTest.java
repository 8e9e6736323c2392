package io.github.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.zhibiao.text.NormalizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Forms#deletions(NormalizedText)}, read off the map by {@link NormalizedText#deletions()},
 * against a character-by-character reading of {@link NormalizedText#toOriginal(int)}.
 */
class DeletionsTest {
  private static List<String> byCharacter(NormalizedText t) {
    List<String> out = new ArrayList<>();
    int prev = -1;
    for (int i = 0; i <= t.text().length(); i++) {
      int o = t.toOriginal(i);
      if (o > prev + 1) out.add(Arrays.toString(new int[] {i, prev + 1, o}));
      prev = o;
    }
    return out;
  }

  private static List<String> fromTheMap(NormalizedText t) {
    return Forms.deletions(t).stream().map(Arrays::toString).toList();
  }

  @Test
  void doubledHeadlineAndStraySpaces() {
    NormalizedText t = NormalizedText.of("山西：发布发布108108个混改项目个混改项目\n\n投资 335.5 亿元，增长 8%。");
    assertThat(fromTheMap(t)).isEqualTo(byCharacter(t)).isNotEmpty();
    assertThat(fromTheMap(NormalizedText.of("没有改动。"))).isEmpty();
  }

  @Property(tries = 2000)
  void agreesWithTheCharacterByCharacterReading(@ForAll("texts") String text) {
    NormalizedText t = NormalizedText.of(text);
    assertThat(fromTheMap(t)).isEqualTo(byCharacter(t));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("发布发布", "108108", "个混改项目个混改项目", "投资", " ", "  ", "\n", "\n\n", "3", "亿元",
        "，", "。", "山西：", "增长8%", "全省完成固定资产投资一千二百三十四亿元", "●")
        .list().ofMaxSize(40).map(l -> String.join("", l));
  }
}
