package org.claimgraph.extract.model;

/** How a mention refers to its entity; tells a reviewer how sure the link is. */
public enum MentionKind {
  /** The name itself or a gazetteer alias: "Afghanistan", "ISKP". */
  NAME,
  /** A nationality adjective standing for an actor of that country: "Afghan forces". */
  DEMONYM,
  /** A description naming it by role: "the government of Afghanistan", "the interior ministry". */
  DESCRIPTION,
  /** A surname or title plus surname after the full name was seen: "Biden", "President Biden". */
  SHORT_NAME,
  /** A capital or country standing for its government or state: "Moscow said". */
  METONYM,
  /** A personal pronoun resolved to the last person: "he said". */
  PRONOUN,
  /** A misspelt name linked to reference data because context makes it certain. */
  VARIANT_SPELLING
}
