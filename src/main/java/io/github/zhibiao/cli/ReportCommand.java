package io.github.zhibiao.cli;

import io.github.zhibiao.check.Checker;
import io.github.zhibiao.report.HtmlReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code zhibiao report}: one self-contained HTML page (see {@link HtmlReport}) with every input's
 * text, its figures highlighted and its findings underlined, and charts of investment totals and
 * growth rates by province. Written to {@code report.html} unless {@code -o} says otherwise.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Write one self-contained HTML page (no network needed) that shows each input's text",
      "with its figures highlighted by indicator type (details on hover or Tab), the findings",
      "of the checks underlined and listed, investment totals by province as bars and growth",
      "rates by province as dots, with filters by type, province and severity."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success",
      "2:usage error, an input that could not be read, the report could not be written, or an"
          + " unexpected error"
    })
final class ReportCommand implements Callable<Integer> {
  @ParentCommand private Main main;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "report.html",
      description = "Where to write the page: report.html (default), or - for standard output.")
  String output;

  @Mixin InputOptions inputs;

  @Override
  public Integer call() throws IOException {
    Checker checker = Checker.create();
    HtmlReport.Builder report = HtmlReport.builder();
    inputs.read(main, checker::extractAndCheck, (source, checked) -> {
      report.add(source, checked.document(), checked.findings());
      return true;
    });
    if (output.equals("-")) {
      report.build().write(main.out());
      main.out().flush();
      return Main.cannotWrite(main) ? Main.FAILURE : inputs.status();
    }
    try {
      Path path = Path.of(output);
      try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
        report.build().write(w);
      }
    } catch (IOException | InvalidPathException e) {
      main.out().flush();
      main.err().println("zhibiao: cannot write " + output + ": " + Messages.reason(e));
      return Main.FAILURE;
    }
    return inputs.status();
  }
}
