package io.github.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The hand-written metric clean-up of {@link Mentions} against the regular expressions it replaced. */
class MentionsTest {
  /** The definition: what the C rules compared before the clean-up was hand-written. */
  private static String byRegex(String metric) {
    String m = metric.replaceAll("\\s+", "");
    m = m.replaceFirst("^(?:全年|累计|共计|共|合计|全省|全市|全区|本次|其中|今年|当年)+", "");
    return m.replaceFirst("(?:中|的|为|达|达到|有)+$", "");
  }

  @Test
  void examples() {
    assertThat(Mentions.metric("全年累计完成投资达")).isEqualTo("完成投资");
    assertThat(Mentions.metric("共计 签约\t项目的")).isEqualTo("签约项目");
    assertThat(Mentions.metric("全省达到")).isEmpty();
    assertThat(Mentions.metric("中央预算内投资")).isEqualTo("中央预算内投资");
    assertThat(Mentions.withoutSpace("上半年")).isSameAs("上半年".intern());
  }

  @Property(tries = 3000)
  void agreesWithTheRegularExpressions(@ForAll("metrics") String metric) {
    assertThat(Mentions.metric(metric)).isEqualTo(byRegex(metric));
    assertThat(Mentions.withoutSpace(metric)).isEqualTo(metric.replaceAll("\\s+", ""));
  }

  @Provide
  Arbitrary<String> metrics() {
    Arbitrary<String> word = Arbitraries.of("全年", "累计", "共计", "共", "计", "合计", "全省", "全市", "全区", "本次",
        "其中", "今年", "当年", "中", "的", "为", "达", "达到", "到", "有", "投资", "完成", " ", "\t", "\n",
        "\u000B", "\f", "\r", "\u3000", "年", "省");
    return word.list().ofMaxSize(8).map(l -> String.join("", l));
  }
}
