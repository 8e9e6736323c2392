package io.github.zhibiao.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Reads an input as text in chunks of bounded size, so that a huge file never becomes one huge
 * string.
 *
 * <p>An input of at most {@code wholeBytes} bytes is read and decoded whole by {@link
 * TextDecoder}, exactly as before. A larger one is decoded as a stream: its charset is chosen from
 * the first {@code wholeBytes} bytes ({@link TextDecoder#choose}) and a {@link CharsetDecoder} then
 * runs over the rest. Either way the text is cut into chunks of at most {@code chunkChars}
 * characters at paragraph boundaries (see {@link #cut}); a paragraph longer than that is cut at a
 * line end, and a line longer than that at the bound (never inside a surrogate pair). Each chunk
 * is handed over with its offset in the whole decoded text.
 */
final class ChunkedText {
  /** Inputs up to this many bytes are decoded whole; larger ones are streamed. */
  static final int WHOLE_BYTES = 1 << 20;
  /** The largest chunk, in UTF-16 characters (about 1 MB of text). */
  static final int CHUNK_CHARS = 1 << 20;
  private static final int BLOCK = 1 << 16;

  /** Receives what reading finds. */
  interface Receiver {
    /** The first bytes look binary: nothing else is received. */
    void binary() throws IOException;

    /** The first malformed sequence, at {@code byteOffset} from the start of the input. */
    void malformed(Charset charset, long byteOffset) throws IOException;

    /** One chunk, starting at {@code offset} in the decoded text; returns false to stop. */
    boolean chunk(String text, int offset) throws IOException;
  }

  private ChunkedText() {}

  /**
   * Reads {@code in} to its end (unless the receiver stops) and hands its text over in chunks.
   *
   * @param forced the charset to use, or null to detect it
   * @return false if the receiver stopped
   */
  static boolean read(InputStream in, Charset forced, int wholeBytes, int chunkChars,
      Receiver receiver) throws IOException {
    byte[] prefix = in.readNBytes(wholeBytes);
    if (TextDecoder.isBinary(prefix, forced)) {
      receiver.binary();
      return true;
    }
    Splitter splitter = new Splitter(chunkChars, receiver);
    if (prefix.length < wholeBytes) {
      TextDecoder.Decoded d = TextDecoder.decode(prefix, forced);
      if (d.hasMalformed()) receiver.malformed(d.charset(), d.firstMalformed());
      return splitter.add(d.text()) && splitter.finish();
    }
    TextDecoder.Choice choice = TextDecoder.choose(prefix, forced);
    InputStream all = new SequenceInputStream(
        new ByteArrayInputStream(prefix, choice.skip(), prefix.length - choice.skip()), in);
    return stream(all, choice, splitter, receiver);
  }

  /** Decodes {@code in} with the chosen charset, one malformed sequence at a time as U+FFFD. */
  private static boolean stream(InputStream in, TextDecoder.Choice choice, Splitter splitter,
      Receiver receiver) throws IOException {
    CharsetDecoder decoder = choice.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(BLOCK);
    bytes.flip();
    CharBuffer chars = CharBuffer.allocate(BLOCK);
    long base = choice.skip(); // input offset of bytes[0]
    boolean eof = false;
    boolean malformedSeen = false;
    boolean first = true;
    while (true) {
      CoderResult cr = decoder.decode(bytes, chars, eof);
      if (cr.isUnderflow()) {
        if (eof) break;
        base += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) eof = true;
        else bytes.position(bytes.position() + n);
        bytes.flip();
      } else if (cr.isOverflow()) {
        if (!drain(chars, splitter, choice, first)) return false;
        first = false;
      } else {
        if (!malformedSeen) {
          receiver.malformed(choice.charset(), base + bytes.position());
          malformedSeen = true;
        }
        if (!chars.hasRemaining()) {
          if (!drain(chars, splitter, choice, first)) return false;
          first = false;
        }
        chars.put('\uFFFD');
        bytes.position(bytes.position() + cr.length());
      }
    }
    while (decoder.flush(chars).isOverflow()) {
      if (!drain(chars, splitter, choice, first)) return false;
      first = false;
    }
    return drain(chars, splitter, choice, first) && splitter.finish();
  }

  private static boolean drain(CharBuffer chars, Splitter splitter, TextDecoder.Choice choice,
      boolean first) throws IOException {
    chars.flip();
    if (first && choice.dropFeff() && chars.hasRemaining() && chars.get(0) == '\uFEFF') {
      chars.get();
    }
    boolean go = splitter.add(chars);
    chars.clear();
    return go;
  }

  /** Cuts text, as it comes, into chunks at paragraph boundaries. */
  private static final class Splitter {
    private final int chunkChars;
    private final Receiver receiver;
    private final StringBuilder pending = new StringBuilder();
    private int offset;

    Splitter(int chunkChars, Receiver receiver) {
      this.chunkChars = chunkChars;
      this.receiver = receiver;
    }

    boolean add(CharSequence text) throws IOException {
      pending.append(text);
      while (pending.length() > chunkChars) {
        int cut = cut(pending, chunkChars);
        String chunk = pending.substring(0, cut);
        pending.delete(0, cut);
        if (!receiver.chunk(chunk, offset)) return false;
        offset += cut;
      }
      return true;
    }

    boolean finish() throws IOException {
      if (pending.isEmpty()) return true;
      String rest = pending.toString();
      pending.setLength(0);
      return receiver.chunk(rest, offset);
    }
  }

  /**
   * Where to end a chunk of {@code s} of at most {@code max} characters, by preference: after the
   * last blank line (a line of white space only) that follows the end of a sentence ({@code 。！？；：…}
   * and their closing quotes), across which the normalizer never joins a column break; else after
   * the last blank line; else after the last line end; else at {@code max} (one less if that would
   * split a surrogate pair).
   */
  static int cut(CharSequence s, int max) {
    int lastLineEnd = -1;
    int lastBlankLine = -1;
    for (int i = Math.min(max, s.length()) - 1; i > 0; i--) {
      if (s.charAt(i) != '\n') continue;
      if (lastLineEnd < 0) lastLineEnd = i + 1;
      int j = i - 1;
      while (j >= 0 && isBlank(s.charAt(j))) j--;
      if (j >= 0 && s.charAt(j) == '\n') {
        if (lastBlankLine < 0) lastBlankLine = i + 1;
        int k = j;
        while (k >= 0 && (isBlank(s.charAt(k)) || s.charAt(k) == '\n')) k--;
        if (k >= 0 && endsSentence(s, k)) return i + 1;
        // every earlier line end of this run of blank lines reads back to the same k: go on from
        // there (reading the run again from each of them made 100,000 blank lines take minutes)
        i = k + 1;
        continue;
      }
      i = j + 1; // go on from the last character read
    }
    if (lastBlankLine > 0) return lastBlankLine;
    if (lastLineEnd > 0) return lastLineEnd;
    if (max > 1 && Character.isHighSurrogate(s.charAt(max - 1))) return max - 1;
    return max;
  }

  /** Whether {@code s[i]} ends a sentence, as the normalizer reads it. */
  private static boolean endsSentence(CharSequence s, int i) {
    // back over closing quotes and brackets, in a loop: 100,000 of them overflowed the stack
    while ("”\"’）)".indexOf(s.charAt(i)) >= 0) {
      if (i == 0) return false;
      i--;
    }
    return "。！？!?；;：:…」』】》".indexOf(s.charAt(i)) >= 0;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\u3000' || c == '\f';
  }
}
