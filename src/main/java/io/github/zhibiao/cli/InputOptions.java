package io.github.zhibiao.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * The inputs of every command ({@code --encoding}, {@code --date}, {@code --debug}, {@code
 * --progress}, {@code --quiet}, {@code PATH...}) and how they are read: a picocli mixin.
 *
 * <p>The PATH arguments are expanded into inputs first ({@link Inputs#expand}), so that their
 * number is known; inputs are then processed in command-line order, decoded by {@link TextDecoder}
 * and searched by one engine shared by all: {@link #read} reads each input fully into memory,
 * {@link #readChunked} reads it in chunks of bounded size ({@link ChunkedText}). An input that
 * cannot be read is reported on one line and skipped; the others are still processed, and {@link
 * #status()} is then 2.
 *
 * <p>While reading, {@link Progress} is shown on standard error when it is a terminal ({@link
 * Terminal}) or with {@code --progress}, never with {@code --quiet}; it is erased when reading
 * ends, before the command writes what it has gathered.
 */
final class InputOptions {
  @Option(names = "--encoding", paramLabel = "NAME", converter = CharsetConverter.class,
      description = "Decode the inputs with this charset (such as GB18030) instead of "
          + "detecting it.")
  Charset encoding;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "The documents' publication date: 今年, 去年 and 上半年 resolve against it.")
  LocalDate date;

  @Option(names = "--debug", description = "Print stack traces with error messages.")
  boolean debug;

  @Option(names = "--progress",
      description = "Show progress on standard error even when it is not a terminal.")
  boolean progress;

  @Option(names = "--quiet", description = "Never show progress (overrides --progress).")
  boolean quiet;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "A file; a directory (its *.txt files, recursively, in sorted order); "
          + "or - for standard input.")
  List<String> paths;

  private int status = Main.OK;

  /**
   * What each text read becomes: its document ({@code zhibiao::extract}), or its document with its
   * findings ({@code checker::extractAndCheck}, which normalizes the text once for both).
   */
  @FunctionalInterface
  interface Extraction<R> {
    R of(String text, LocalDate date);
  }

  /** Receives what each input that could be read became. */
  interface Sink<R> {
    /** Takes one input's result; returns false to stop (standard output failed). */
    boolean accept(String source, R result) throws IOException;
  }

  /**
   * Reads every input and passes what {@code extraction} makes of it to {@code sink}, in order.
   *
   * @return false if the sink stopped the run
   */
  <R> boolean read(Main main, Extraction<R> extraction, Sink<R> sink) throws IOException {
    List<Inputs.Input> inputs = expand(main);
    Progress progress = progress(main, inputs);
    try {
      for (Inputs.Input input : inputs) {
        R result = extract(main, extraction, input, progress);
        if (result != null && !sink.accept(input.source(), result)) return false;
        progress.done();
      }
      return true;
    } finally {
      progress.finish();
    }
  }

  /** Receives what the chunks of each input became. */
  interface ChunkSink<R> {
    /**
     * Takes the result of one chunk of an input, whose text starts at {@code offset} in the
     * input's decoded text; returns false to stop (standard output failed).
     */
    boolean accept(String source, R chunk, int offset) throws IOException;

    /** Ends an input, after its last chunk (also when it failed part way). */
    void end(String source) throws IOException;
  }

  /**
   * Reads every input in chunks of at most {@code chunkChars} characters, cut at paragraph
   * boundaries, and passes what {@code extraction} makes of each chunk to {@code sink}, in order.
   * Inputs larger than {@code wholeBytes} are decoded as a stream, so that no input is ever held
   * whole.
   *
   * @return false if the sink stopped the run
   */
  <R> boolean readChunked(Main main, Extraction<R> extraction, int wholeBytes, int chunkChars,
      ChunkSink<R> sink) throws IOException {
    List<Inputs.Input> inputs = expand(main);
    Progress progress = progress(main, inputs);
    try {
      for (Inputs.Input input : inputs) {
        boolean go =
            extractChunks(main, extraction, input, wholeBytes, chunkChars, sink, progress);
        sink.end(input.source());
        if (!go) return false;
        progress.done();
      }
      return true;
    } finally {
      progress.finish();
    }
  }

  /** Every input the PATH arguments stand for, in order; what cannot be listed is reported. */
  private List<Inputs.Input> expand(Main main) {
    List<Inputs.Input> inputs = new ArrayList<>();
    for (String arg : paths) {
      inputs.addAll(Inputs.expand(arg, (name, e) -> cannotRead(main, name, e)));
    }
    return inputs;
  }

  /** Progress over {@code inputs}, shown if asked for or if standard error is a terminal. */
  private Progress progress(Main main, List<Inputs.Input> inputs) {
    if (quiet || !(progress || main.terminal().stderr())) return Progress.off();
    long[] sizes = new long[inputs.size()];
    for (int i = 0; i < sizes.length; i++) sizes[i] = size(inputs.get(i));
    return new Progress(main.statusLine(), main.terminal().nanoClock(), sizes);
  }

  /**
   * The size of a regular file; -1 (unknown) for standard input, a pipe or a device; 0 for a file
   * that cannot be found (it is reported when read).
   */
  private static long size(Inputs.Input input) {
    if (input.isStdin()) return -1;
    try {
      if (Files.isRegularFile(input.path())) return Files.size(input.path());
      return Files.exists(input.path()) ? -1 : 0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private <R> boolean extractChunks(Main main, Extraction<R> extraction, Inputs.Input input,
      int wholeBytes, int chunkChars, ChunkSink<R> sink, Progress progress) throws IOException {
    PrintWriter err = main.err();
    boolean[] sinkStopped = {false};
    ChunkedText.Receiver receiver = new ChunkedText.Receiver() {
      @Override
      public void binary() {
        err.println("zhibiao: skipping binary file " + input.source());
      }

      @Override
      public void malformed(Charset charset, long byteOffset) {
        main.out().flush();
        err.println("zhibiao: warning: " + input.source() + ": malformed " + charset.name()
            + " at byte " + byteOffset + ", replaced with U+FFFD");
      }

      @Override
      public boolean chunk(String text, int offset) throws IOException {
        R result;
        try {
          result = extraction.of(text, date);
        } catch (RuntimeException | StackOverflowError e) {
          internalError(main, input, e);
          return false;
        }
        if (!sink.accept(input.source(), result, offset)) {
          sinkStopped[0] = true;
          return false;
        }
        return true;
      }
    };
    try (InputStream in = counted(input.isStdin() ? nonClosing(main.in())
        : Files.newInputStream(input.path()), progress)) {
      ChunkedText.read(in, encoding, wholeBytes, chunkChars, receiver);
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      cannotRead(main, input.source(), e);
    }
    return !sinkStopped[0];
  }

  private static InputStream nonClosing(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }

  /** {@code in}, telling {@code progress} how many bytes have been read. */
  private static InputStream counted(InputStream in, Progress progress) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) progress.read(1);
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) progress.read(n);
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) progress.read(skipped);
        return skipped;
      }
    };
  }

  private void internalError(Main main, Inputs.Input input, Throwable e) {
    main.out().flush();
    main.err().println("zhibiao: internal error on " + input.source() + ": "
        + Messages.oneLine(String.valueOf(e)));
    if (debug) e.printStackTrace(main.err());
    status = Main.FAILURE;
  }

  /** {@link Main#OK}, or {@link Main#FAILURE} if an input could not be read or failed. */
  int status() {
    return status;
  }

  /** What one input becomes; null if it cannot be read, is binary or fails. */
  private <R> R extract(Main main, Extraction<R> extraction, Inputs.Input input,
      Progress progress) {
    PrintWriter err = main.err();
    byte[] bytes;
    try {
      bytes = input.isStdin() ? main.in().readAllBytes() : Files.readAllBytes(input.path());
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      cannotRead(main, input.source(), e);
      return null;
    }
    progress.read(bytes.length);
    if (TextDecoder.isBinary(bytes, encoding)) {
      err.println("zhibiao: skipping binary file " + input.source());
      return null;
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, encoding);
    if (decoded.hasMalformed()) {
      err.println("zhibiao: warning: " + input.source() + ": malformed "
          + decoded.charset().name() + " at byte " + decoded.firstMalformed()
          + ", replaced with U+FFFD");
    }
    try {
      return extraction.of(decoded.text(), date);
    } catch (RuntimeException | StackOverflowError e) {
      internalError(main, input, e);
      return null;
    }
  }

  private void cannotRead(Main main, String source, Throwable e) {
    main.out().flush();
    main.err().println("zhibiao: cannot read " + source + ": " + Messages.reason(e));
    if (debug) e.printStackTrace(main.err());
    status = Main.FAILURE;
  }

  /** Parses ISO dates, 2018-12-01. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("invalid date '" + text + "' (expected YYYY-MM-DD)");
      }
    }
  }

  /** Accepts the charset names and aliases Java knows. */
  static final class CharsetConverter implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String name) {
      try {
        return Charset.forName(name);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new TypeConversionException("unknown encoding '" + name + "'");
      }
    }
  }
}
