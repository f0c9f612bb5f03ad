package org.claimgraph.extract.source;

/** Combines metadata from two sources field by field: the sidecar wins, the page fills its gaps. */
final class MetadataMerge {

  private MetadataMerge() {}

  static ArticleMetadata preferFirst(ArticleMetadata first, ArticleMetadata second) {
    boolean datedByFirst = first.published().isPresent();
    return new ArticleMetadata(
        first.url().or(second::url),
        first.title().or(second::title),
        first.publisher().or(second::publisher),
        first.published().or(second::published),
        datedByFirst ? first.datePrecision() : first.datePrecision().or(second::datePrecision),
        first.language().or(second::language),
        first.note().or(second::note));
  }
}
