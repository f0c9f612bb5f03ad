package org.claimgraph.extract.eval;

import java.util.Set;

/** The closed sets of values the gold format allows, so that a typo in a gold file fails loudly. */
public final class GoldVocabulary {

  public static final Set<String> ENTITY_TYPES =
      Set.of(
          "PERSON",
          "ORGANIZATION",
          "GOVERNMENT",
          "MINISTRY",
          "ARMED_GROUP",
          "MILITARY_FORCE",
          "INTELLIGENCE_COMMUNITY",
          "STATE",
          "COUNTRY",
          "PROVINCE",
          "DISTRICT",
          "CITY",
          "AIRBASE",
          "BORDER",
          "BORDER_CROSSING",
          "NEWS_OUTLET");

  public static final Set<String> STANCES =
      Set.of("ASSERTS", "DENIES", "PREDICTS", "URGES", "ACKNOWLEDGES", "FEARS", "DEFENDS");

  public static final Set<String> ASSESSMENT_VALUES =
      Set.of(
          "CANNOT_BE_VERIFIED", "DISPUTED", "CONFIRMED", "REPORTED_BY_SEVERAL", "SHOWN_BY_FOOTAGE");

  public static final Set<String> EVENT_TYPES =
      Set.of(
          "CAPTURE",
          "WITHDRAWAL",
          "RETREAT",
          "ACKNOWLEDGEMENT",
          "STATEMENT",
          "ADVANCE",
          "RECAPTURE",
          "ATTACK");

  private GoldVocabulary() {}
}
