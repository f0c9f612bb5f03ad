package org.claimgraph.extract.source;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is known about an article besides its text; every field is optional.
 *
 * @param url where it was published
 * @param title the headline, when the sidecar gives one (else the text's first line is used)
 * @param publisher the outlet's name
 * @param published the publication date; relative dates in the text resolve against it
 * @param datePrecision how the date is known: "exact", or "estimated" with {@code note} saying why
 * @param language BCP 47 language tag, e.g. "en"
 * @param note free text about the metadata itself
 */
public record ArticleMetadata(
    Optional<String> url,
    Optional<String> title,
    Optional<String> publisher,
    Optional<LocalDate> published,
    Optional<String> datePrecision,
    Optional<String> language,
    Optional<String> note) {

  public static ArticleMetadata empty() {
    return new ArticleMetadata(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
