package org.claimgraph.extract.model;

/**
 * What kind of actor or place an entity is; decides its IRI kind ({@code actor} or {@code place}).
 */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  GOVERNMENT,
  MINISTRY,
  ARMED_GROUP,
  MILITARY_FORCE,
  INTELLIGENCE_COMMUNITY,
  /** A country acting as a whole ("Russia said"), as opposed to its territory. */
  STATE,
  COUNTRY,
  PROVINCE,
  DISTRICT,
  CITY,
  AIRBASE,
  BORDER,
  BORDER_CROSSING,
  NEWS_OUTLET,
  OTHER;

  /** Whether this is a place (a territory, a site), rather than an actor. */
  public boolean isPlace() {
    return switch (this) {
      case COUNTRY, PROVINCE, DISTRICT, CITY, AIRBASE, BORDER, BORDER_CROSSING -> true;
      default -> false;
    };
  }

  /** Whether this is something that can act, speak or claim. */
  public boolean isActor() {
    return !isPlace() && this != OTHER;
  }

  /** The IRI kind segment: {@code place} or {@code actor}. */
  public String iriKind() {
    return isPlace() ? "place" : "actor";
  }
}
