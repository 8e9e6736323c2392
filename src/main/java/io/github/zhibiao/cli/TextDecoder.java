package io.github.zhibiao.cli;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of an input into text, and tells text from binary.
 *
 * <p>Without an explicit charset: a byte order mark decides (UTF-8, UTF-16LE, UTF-16BE) and is
 * dropped; UTF-16 without a BOM is recognised by its NUL bytes all falling on one parity; valid
 * UTF-8 is UTF-8; UTF-8 with a few stray bad bytes (at least four valid non-ASCII characters per
 * malformed sequence) stays UTF-8; anything else is detected by ICU4J's {@link CharsetDetector}
 * (GB18030, which also decodes GBK and GB2312, Big5 …). An explicit charset is used as is, and a
 * leading U+FEFF is dropped.
 *
 * <p>Malformed bytes become U+FFFD, one per malformed sequence, and {@link Decoded#firstMalformed}
 * gives the byte offset (from the start of the input, BOM included) of the first one.
 */
final class TextDecoder {
  /** How many leading bytes are inspected to tell binary from text. */
  static final int SNIFF_BYTES = 8192;

  /**
   * The decoded text.
   *
   * @param text the text, without a BOM
   * @param charset the charset used
   * @param firstMalformed the byte offset of the first malformed byte, or -1 if there was none
   */
  record Decoded(String text, Charset charset, long firstMalformed) {
    boolean hasMalformed() {
      return firstMalformed >= 0;
    }
  }

  private static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoder() {}

  /**
   * Whether the input looks binary: it has a NUL byte in its first {@value #SNIFF_BYTES} bytes and
   * is not UTF-16 or UTF-32 (by BOM, by NUL parity, or by the explicit charset).
   *
   * @param forced the charset given by the user, or null
   */
  static boolean isBinary(byte[] bytes, Charset forced) {
    if (forced != null && isWide(forced)) return false;
    if (!hasNul(bytes)) return false;
    if (forced != null) return true;
    return bomCharset(bytes) == null && sniffUtf16(bytes) == null;
  }

  /**
   * Decodes {@code bytes}.
   *
   * @param forced the charset to use, or null to detect it
   */
  static Decoded decode(byte[] bytes, Charset forced) {
    if (forced != null) {
      Result r = decode(bytes, 0, forced);
      String text = r.text.startsWith("\uFEFF") ? r.text.substring(1) : r.text;
      return new Decoded(text, forced, r.firstMalformed);
    }
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      Result r = decode(bytes, bom == StandardCharsets.UTF_8 ? 3 : 2, bom);
      return new Decoded(r.text, bom, r.firstMalformed);
    }
    Charset utf16 = hasNul(bytes) ? sniffUtf16(bytes) : null;
    if (utf16 != null) {
      Result r = decode(bytes, 0, utf16);
      return new Decoded(r.text, utf16, r.firstMalformed);
    }
    Result utf8 = decode(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.malformedCount == 0 || mostlyUtf8(utf8)) {
      return new Decoded(utf8.text, StandardCharsets.UTF_8, utf8.firstMalformed);
    }
    Charset detected = detect(bytes);
    if (detected.equals(StandardCharsets.UTF_8)) {
      return new Decoded(utf8.text, StandardCharsets.UTF_8, utf8.firstMalformed);
    }
    Result r = decode(bytes, 0, detected);
    String text = r.text.startsWith("\uFEFF") ? r.text.substring(1) : r.text;
    return new Decoded(text, detected, r.firstMalformed);
  }

  /**
   * How to decode a large input of which only the first bytes are known: the same rules as {@link
   * #decode}, applied to {@code prefix} (a multi-byte sequence cut at its end is not malformed).
   *
   * @param charset the charset to decode with
   * @param skip how many leading bytes are a byte order mark, not text
   * @param dropFeff whether a leading U+FEFF of the decoded text is dropped
   */
  record Choice(Charset charset, int skip, boolean dropFeff) {}

  /**
   * Chooses the charset of an input from its first bytes, as {@link #decode} does from all of
   * them.
   *
   * @param forced the charset to use, or null to detect it
   */
  static Choice choose(byte[] prefix, Charset forced) {
    if (forced != null) return new Choice(forced, 0, true);
    Charset bom = bomCharset(prefix);
    if (bom != null) return new Choice(bom, bom == StandardCharsets.UTF_8 ? 3 : 2, false);
    Charset utf16 = hasNul(prefix) ? sniffUtf16(prefix) : null;
    if (utf16 != null) return new Choice(utf16, 0, false);
    Result utf8 = decode(prefix, 0, StandardCharsets.UTF_8, false);
    if (utf8.malformedCount == 0 || mostlyUtf8(utf8)) {
      return new Choice(StandardCharsets.UTF_8, 0, false);
    }
    Charset detected = detect(prefix);
    return new Choice(detected, 0, !detected.equals(StandardCharsets.UTF_8));
  }

  /** UTF-8 with a few corrupt bytes: at least four valid non-ASCII characters per bad sequence. */
  private static boolean mostlyUtf8(Result r) {
    long nonAscii = r.text.chars().filter(c -> c >= 0x80 && c != 0xFFFD).count();
    return nonAscii >= 4L * r.malformedCount;
  }

  /** The charset ICU4J considers most likely among those Java supports; GB* becomes GB18030. */
  private static Charset detect(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch[] matches = detector.detectAll();
    if (matches != null) {
      for (CharsetMatch match : matches) {
        Charset c = supported(match.getName());
        if (c == null) continue;
        // GB2312 and GBK are subsets of GB18030: decode with the superset.
        return c.name().toUpperCase(Locale.ROOT).startsWith("GB") ? GB18030 : c;
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static Charset supported(String name) {
    try {
      return name != null && Charset.isSupported(name) ? Charset.forName(name) : null;
    } catch (IllegalArgumentException e) {
      return null;
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

  private static boolean isWide(Charset c) {
    String name = c.name().toUpperCase(Locale.ROOT);
    return name.startsWith("UTF-16") || name.startsWith("UTF-32") || name.startsWith("UTF_16")
        || name.startsWith("UTF_32");
  }

  private static boolean hasNul(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) return true;
    }
    return false;
  }

  /**
   * UTF-16 without a BOM: an even length, every NUL byte of the sample on the same parity, and the
   * sample decodes strictly to text without control characters other than tab, CR, LF and FF.
   */
  private static Charset sniffUtf16(byte[] bytes) {
    if (bytes.length % 2 != 0) return null;
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int even = 0;
    int odd = 0;
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        if (i % 2 == 0) even++;
        else odd++;
      }
    }
    Charset candidate;
    if (odd > 0 && even == 0) candidate = StandardCharsets.UTF_16LE;
    else if (even > 0 && odd == 0) candidate = StandardCharsets.UTF_16BE;
    else return null;
    CharsetDecoder strict = candidate.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(n / 2 + 1);
    // A sample cut inside a surrogate pair is fine: endOfInput is false.
    CoderResult cr = strict.decode(ByteBuffer.wrap(bytes, 0, n), out, false);
    if (cr.isError()) return null;
    out.flip();
    while (out.hasRemaining()) {
      char c = out.get();
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') return null;
    }
    return candidate;
  }

  /** The outcome of one lenient pass. */
  private record Result(String text, long firstMalformed, int malformedCount) {}

  /** Decodes {@code bytes[from..]}, replacing each malformed sequence with U+FFFD. */
  private static Result decode(byte[] bytes, int from, Charset charset) {
    return decode(bytes, from, charset, true);
  }

  /**
   * Decodes {@code bytes[from..]}, replacing each malformed sequence with U+FFFD; unless {@code
   * endOfInput}, a sequence cut at the end is left undecoded rather than malformed.
   */
  private static Result decode(byte[] bytes, int from, Charset charset, boolean endOfInput) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    long capacity = (long) ((bytes.length - from) * (double) decoder.averageCharsPerByte()) + 16;
    CharBuffer out = CharBuffer.allocate((int) Math.min(capacity, Integer.MAX_VALUE - 16));
    long first = -1;
    int count = 0;
    while (true) {
      CoderResult cr = decoder.decode(in, out, endOfInput);
      if (cr.isUnderflow()) break;
      if (cr.isOverflow()) {
        out = grow(out);
      } else if (cr.isError()) {
        if (first < 0) first = in.position();
        count++;
        if (!out.hasRemaining()) out = grow(out);
        out.put('\uFFFD');
        in.position(in.position() + cr.length());
      }
    }
    while (endOfInput && decoder.flush(out).isOverflow()) out = grow(out);
    out.flip();
    return new Result(out.toString(), first, count);
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(Math.max(16, out.capacity() * 2));
    out.flip();
    bigger.put(out);
    return bigger;
  }
}
