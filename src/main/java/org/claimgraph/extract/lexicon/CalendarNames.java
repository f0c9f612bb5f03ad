package org.claimgraph.extract.lexicon;

import java.util.Set;

/** Month and weekday names, lower case, shared by the time and quantity extractors. */
public final class CalendarNames {

  /** Month names and their abbreviations ("sept" too). */
  public static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  /** Weekday names. */
  public static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private CalendarNames() {}
}
