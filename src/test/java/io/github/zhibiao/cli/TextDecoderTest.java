package io.github.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextDecoderTest {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final String SHORT = "总投资约2262亿元，同比增长8.5%。";
  private static final String LONG =
      "全区重大项目总投资约２２６２亿元，同比增长８．５％。\n"
          + "今年以来，全市完成固定资产投资4400余万元，其中工业投资增长12.3%，"
          + "新开工项目117项，较上年增加二三十个。\n";

  static Stream<Arguments> encodings() {
    return Stream.of(SHORT, LONG).flatMap(text -> Stream.of(
        Arguments.of("UTF-8", text, text.getBytes(StandardCharsets.UTF_8)),
        Arguments.of("UTF-8 BOM", text,
            concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                text.getBytes(StandardCharsets.UTF_8))),
        Arguments.of("GB18030", text, text.getBytes(GB18030)),
        Arguments.of("GBK", text, text.getBytes(Charset.forName("GBK"))),
        Arguments.of("UTF-16LE BOM", text,
            concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE))),
        Arguments.of("UTF-16BE BOM", text,
            concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                text.getBytes(StandardCharsets.UTF_16BE)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void decode_sameTextWhateverTheEncoding(String name, String text, byte[] bytes) {
    assertThat(TextDecoder.isBinary(bytes, null)).isFalse();
    TextDecoder.Decoded d = TextDecoder.decode(bytes, null);
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.hasMalformed()).isFalse();
    assertThat(d.firstMalformed()).isEqualTo(-1);
  }

  @Test
  void decode_gb18030_isDetectedAsGb18030() {
    assertThat(TextDecoder.decode(LONG.getBytes(GB18030), null).charset()).isEqualTo(GB18030);
  }

  @Test
  void decode_forcedEncoding_overridesDetection() {
    byte[] bytes = SHORT.getBytes(GB18030);
    TextDecoder.Decoded d = TextDecoder.decode(bytes, GB18030);
    assertThat(d.text()).isEqualTo(SHORT);
    assertThat(d.charset()).isEqualTo(GB18030);

    // Valid UTF-8 read as Latin-1 on request: no detection second-guesses the user.
    byte[] utf8 = "元".getBytes(StandardCharsets.UTF_8);
    TextDecoder.Decoded latin = TextDecoder.decode(utf8, StandardCharsets.ISO_8859_1);
    assertThat(latin.text()).isEqualTo("\u00E5\u0085\u0083");
  }

  @Test
  void decode_forcedUtf8_dropsTheBom() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        SHORT.getBytes(StandardCharsets.UTF_8));
    assertThat(TextDecoder.decode(bytes, StandardCharsets.UTF_8).text()).isEqualTo(SHORT);
  }

  @Test
  void decode_utf16WithoutBom_isRecognisedByItsNulBytes() {
    String text = "GDP增长5.2%, total 100 yuan.\n";
    byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] be = text.getBytes(StandardCharsets.UTF_16BE);
    assertThat(TextDecoder.isBinary(le, null)).isFalse();
    assertThat(TextDecoder.isBinary(be, null)).isFalse();
    assertThat(TextDecoder.decode(le, null).text()).isEqualTo(text);
    assertThat(TextDecoder.decode(be, null).text()).isEqualTo(text);
  }

  @Test
  void decode_mostlyUtf8WithOneBadByte_staysUtf8AndReportsTheOffset() {
    String before = "全市完成固定资产投资4400余万元，";
    byte[] head = before.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = concat(concat(head, new byte[] {(byte) 0xFF}),
        "同比增长12.3%。".getBytes(StandardCharsets.UTF_8));
    TextDecoder.Decoded d = TextDecoder.decode(bytes, null);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).isEqualTo(before + "\uFFFD同比增长12.3%。");
    assertThat(d.firstMalformed()).isEqualTo(head.length);
  }

  @Test
  void decode_malformedOffsetCountsTheBom() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b'},
        new byte[] {(byte) 0xC3, 'c'});
    TextDecoder.Decoded d = TextDecoder.decode(bytes, null);
    assertThat(d.text()).isEqualTo("ab\uFFFDc");
    assertThat(d.firstMalformed()).isEqualTo(5);
  }

  @Test
  void decode_truncatedSequenceAtTheEnd_isReplaced() {
    byte[] full = "增长".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(full, full.length - 1);
    TextDecoder.Decoded d = TextDecoder.decode(bytes, StandardCharsets.UTF_8);
    assertThat(d.text()).isEqualTo("增\uFFFD");
    assertThat(d.firstMalformed()).isEqualTo(3);
  }

  @Test
  void decode_empty() {
    TextDecoder.Decoded d = TextDecoder.decode(new byte[0], null);
    assertThat(d.text()).isEmpty();
    assertThat(d.hasMalformed()).isFalse();
    assertThat(TextDecoder.isBinary(new byte[0], null)).isFalse();
  }

  @Test
  void decode_largeInput_growsItsBuffer() {
    String text = LONG.repeat(2000);
    assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), null).text())
        .isEqualTo(text);
    assertThat(TextDecoder.decode(text.getBytes(GB18030), null).text()).isEqualTo(text);
  }

  @Test
  void isBinary_nulBytesOnBothParities() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
        'R', 0, 0, 1, 0};
    assertThat(TextDecoder.isBinary(png, null)).isTrue();
    assertThat(TextDecoder.isBinary(png, StandardCharsets.UTF_8)).isTrue();
    assertThat(TextDecoder.isBinary(png, StandardCharsets.UTF_16LE)).isFalse();
  }

  @Test
  void isBinary_onlyLooksAtTheFirst8k() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] line = "增长8.5%。\n".getBytes(StandardCharsets.UTF_8);
    while (b.size() < TextDecoder.SNIFF_BYTES) b.write(line, 0, line.length);
    b.write(0);
    assertThat(TextDecoder.isBinary(b.toByteArray(), null)).isFalse();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
