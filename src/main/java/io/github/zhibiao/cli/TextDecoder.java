package io.github.zhibiao.cli;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a file into text: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise valid UTF-8
 * is UTF-8, and anything else is detected with ICU4J's {@link CharsetDetector} (GB18030, GBK …).
 * Malformed bytes become U+FFFD and the offset of the first is reported.
 */
final class TextDecoder {
  /** The decoded text, the charset used, and the byte offset of the first malformed byte or -1. */
  record Decoded(String text, Charset charset, long firstMalformed) {}

  private TextDecoder() {}

  /** Whether the bytes look binary: a NUL in the first 8 KB of a file without a UTF-16 BOM. */
  static boolean isBinary(byte[] bytes) {
    if (bomCharset(bytes) != null) return false;
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) return true;
    }
    return false;
  }

  static Decoded decode(byte[] bytes, Charset forced) {
    Charset charset = forced;
    int skip = 0;
    Charset bom = bomCharset(bytes);
    if (charset == null && bom != null) {
      charset = bom;
      skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
    } else if (charset == null) {
      charset = isValidUtf8(bytes) ? StandardCharsets.UTF_8 : detect(bytes);
    } else if (bom != null && bom.equals(charset)) {
      skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharsetDecoder strict = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return new Decoded(strict.decode(in).toString(), charset, -1);
    } catch (CharacterCodingException e) {
      long first = firstMalformed(bytes, skip, charset);
      CharBuffer lenient;
      try {
        lenient = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
      } catch (CharacterCodingException cannotHappen) {
        throw new IllegalStateException(cannotHappen);
      }
      return new Decoded(lenient.toString(), charset, first);
    }
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean isValidUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Charset detect(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch match = detector.detect();
    if (match != null && Charset.isSupported(match.getName())) {
      Charset c = Charset.forName(match.getName());
      // GB2312 and GBK are subsets of GB18030: decode with the superset.
      if (c.name().startsWith("GB")) return Charset.forName("GB18030");
      return c;
    }
    return Charset.forName("GB18030");
  }

  /** The offset of the first byte the charset cannot decode, found by a strict incremental pass. */
  private static long firstMalformed(byte[] bytes, int skip, Charset charset) {
    CharsetDecoder d = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
    var result = d.decode(in, out, true);
    return result.isError() ? in.position() : -1;
  }
}
