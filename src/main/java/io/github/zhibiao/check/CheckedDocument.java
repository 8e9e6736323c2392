package io.github.zhibiao.check;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.zhibiao.Document;
import io.github.zhibiao.Finding;
import java.util.List;

/**
 * A text's extracted document and its editorial findings, as {@link
 * Checker#extractAndCheck(String, java.time.LocalDate)} gives them from one normalization of the
 * text.
 *
 * @param document what {@code Zhibiao.create().extract(text, date)} finds
 * @param findings what {@code checker.check(document)} finds, sorted by position
 */
public record CheckedDocument(Document document, List<Finding> findings) {
  /** Checks the arguments and copies the list. */
  public CheckedDocument {
    checkNotNull(document, "document");
    checkNotNull(findings, "findings");
    findings = ImmutableList.copyOf(findings);
  }
}
