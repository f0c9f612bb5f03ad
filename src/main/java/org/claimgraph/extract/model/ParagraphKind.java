package org.claimgraph.extract.model;

/** The role a block of text plays in an article; only SUBTITLE and BODY feed claims. */
public enum ParagraphKind {
  TITLE,
  SUBTITLE,
  HEADING,
  BODY,
  CAPTION,
  /** "Read also …", "Share this article", copyright and credit lines: never extracted from. */
  BOILERPLATE;

  /**
   * Whether claims, events and assessments are looked for in blocks of this kind. Not in the
   * headline: it compresses the lead ("X claims … as Y insists …") without the attribution that the
   * body gives each statement, so it would only add mis-attributed copies.
   */
  public boolean carriesStatements() {
    return this == SUBTITLE || this == BODY;
  }
}
