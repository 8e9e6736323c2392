package io.github.zhibiao.cli;

import io.github.zhibiao.Document;
import io.github.zhibiao.Zhibiao;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code zhibiao extract}: every quantity in the inputs, one record per quantity.
 *
 * <p>Inputs are read as {@link InputOptions} says, in chunks of about 1 MB cut at paragraph
 * boundaries ({@link ChunkedText}), so that a file of any size is extracted in bounded memory;
 * each chunk's records are written as soon as it has been read, with offsets into the whole
 * input. Headline/body merging and section attribution work within a chunk.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Find every quantity in the inputs and print one record per quantity, with its",
      "indicator: type, signed value, metric, base, period, status, province and place.",
      "Spans (start, end) are half-open UTF-16 offsets into the decoded text."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "2:usage error, an input that could not be read, or an unexpected error"
    })
final class ExtractCommand implements Callable<Integer> {
  @ParentCommand private Main main;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      converter = FormatConverter.class,
      description = "Output format: jsonl (default), tsv or table.")
  QuantityWriter.Format format;

  @Option(names = "--all-numbers",
      description = "Also report bare numbers without unit (never years, dates or ordinals).")
  boolean allNumbers;

  @Mixin InputOptions inputs;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = main.out();
    Zhibiao zhibiao = Zhibiao.builder().allNumbers(allNumbers).build();
    QuantityWriter writer = format.on(out);
    boolean written = inputs.readChunked(main, zhibiao::extract, ChunkedText.WHOLE_BYTES,
        ChunkedText.CHUNK_CHARS, new InputOptions.ChunkSink<Document>() {
          @Override
          public boolean accept(String source, Document chunk, int offset) throws IOException {
            if (chunk.quantities().isEmpty()) return true;
            writer.write(source, chunk, offset);
            writer.flush();
            return !Main.cannotWrite(main);
          }

          @Override
          public void end(String source) throws IOException {
            writer.endInput(source);
            writer.flush();
          }
        });
    writer.flush();
    return written ? inputs.status() : Main.FAILURE;
  }

  /** Accepts the format names in any case. */
  static final class FormatConverter implements ITypeConverter<QuantityWriter.Format> {
    @Override
    public QuantityWriter.Format convert(String name) {
      for (QuantityWriter.Format f : QuantityWriter.Format.values()) {
        if (f.name().equalsIgnoreCase(name)) return f;
      }
      throw new TypeConversionException(
          "unknown format '" + name + "' (expected jsonl, tsv or table)");
    }
  }
}
