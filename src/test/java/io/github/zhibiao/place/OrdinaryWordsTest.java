package io.github.zhibiao.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The stoplist: ordinary words that contain place names are not places. */
class OrdinaryWordsTest {

  static List<String> ordinaryWords() throws IOException {
    List<String> words = new ArrayList<>();
    try (InputStream in = PlaceTables.class.getResourceAsStream(PlaceTables.ORDINARY_WORDS)) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) words.add(line);
      }
    }
    return words;
  }

  @ParameterizedTest
  @MethodSource("ordinaryWords")
  void find_everyOrdinaryWord_noMention(String word) {
    assertThat(Mentions.of(word)).isEmpty();
    assertThat(Mentions.of("今年" + word + "，")).isEmpty();
  }

  /** Each ordinary word in a sentence, with the names of the same text still found. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // text | expected mentions (space-separated, - for none)
        "加强合作交流 | -",
        "甘肃省甘南州合作市与合作交流 | 甘肃省=620000 甘南州=623000 合作市=623001",
        "天津市坚持和平发展 | 天津市=120000",
        "新华社北京电 | 北京=110000",
        "长安汽车在重庆 | 重庆=500000",
        "经济技术开发区 | -",
        "城区人口和郊区面积 | -",
        "广州市中山路 | 广州市=440100",
        "中山大学在广州 | 广州=440100",
        "广东省中山市 | 广东省=440000 中山市=442000",
        "世界大同 | -",
        "社会长治久安 | -",
        "山西省长治市 | 山西省=140000 长治市=140400",
        "大理石板材 | -",
        "日照时数偏多 | -",
        "哈密瓜和普洱茶 | -",
        "阿里巴巴集团 | -",
        "黄金白银价格 | -",
        "欢迎各位来宾 | -",
        "甘肃白银市 | 甘肃=620000 白银市=620400",
        "绿水青山就是金山银山 | -",
        "推动城中村改造 | -",
        "长白山景区 | -",
        "东方航空 | -",
        "海西经济区 | -",
        "放宽城市落户条件 | -",
        "到我省投资兴业，郴州 | 郴州=431000",
        "恢复苏州的生产 | 苏州=320500",
        "依托长江黄金水道，郑州 | 郑州=410100",
        "劳动力转移，哈尔滨 | 哈尔滨=230100",
        "小兴安岭林区 | -",
        "精简文山会海 | -",
        "松花江畔的吉林市 | 吉林市=220200",
      })
  void find_ordinaryWordsInSentences(String text, String expected) {
    List<String> want = expected.equals("-") ? List.of() : List.of(expected.split(" "));
    assertThat(Mentions.of(text)).containsExactlyElementsOf(want);
  }

  @Test
  void find_fullNameBeatsTheOrdinaryShortForm() {
    // 合作 is ordinary, 合作市 is the county-level city of 甘南; 东方 ordinary, 东方市 in Hainan.
    assertThat(Mentions.of("合作市")).containsExactly("合作市=623001");
    assertThat(Mentions.of("东方市")).containsExactly("东方市=469007");
  }
}
