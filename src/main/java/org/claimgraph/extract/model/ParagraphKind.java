package org.claimgraph.extract.model;

/** The role a block of text plays in an article; only TITLE, SUBTITLE and BODY feed claims. */
public enum ParagraphKind {
  TITLE,
  SUBTITLE,
  HEADING,
  BODY,
  CAPTION,
  /** "Read also …", "Share this article", copyright and credit lines: never extracted from. */
  BOILERPLATE;

  /** Whether claims, events and assessments are looked for in blocks of this kind. */
  public boolean carriesStatements() {
    return this == TITLE || this == SUBTITLE || this == BODY;
  }
}
