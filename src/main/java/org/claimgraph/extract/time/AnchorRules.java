package org.claimgraph.extract.time;

import static org.claimgraph.extract.time.CalendarWords.NUMBER;
import static org.claimgraph.extract.time.CalendarWords.UNIT;
import static org.claimgraph.extract.time.CalendarWords.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rules for phrases that only the anchor (the publication date) can resolve: "on Friday",
 * "yesterday", "earlier this week", "last month", "in the past 20 years", "within the upcoming six
 * months", "two days ago". Phrases relative to another event ("several hours after", "the following
 * week") are reported but never resolved.
 *
 * <p>News reports mostly tell what has happened, so a bare weekday ("on Friday") is the latest such
 * day on or before the anchor; "next Friday" and "this coming Friday" point forward.
 */
final class AnchorRules {

  // Compiled once: in String.matches, split or replaceAll it was compiled on every call.
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  /** "the " just before a match: "the next week" is told from the story, "next week" from today. */
  private static final Pattern THE_BEFORE =
      Pattern.compile("\\bthe\\s+$", Pattern.CASE_INSENSITIVE);

  private AnchorRules() {}

  static List<TimeRule> rules() {
    return Stream.of(
            TimeRule.of(
                    "weekday",
                    "\\b(?:(?<prep>on|since|by|until|till|from|before)\\s+)?"
                        + "(?:(?<mod>last|this\\s+past|this\\s+coming|this|next|early|late)\\s+)?"
                        + "(?<wd>"
                        + WEEKDAY
                        + ")(?:\\s+(?:morning|afternoon|evening|night))?\\b",
                    AnchorRules::weekday)
                .triggeredBy(false, CalendarWords.WEEKDAY_WORDS),
            TimeRule.of(
                    "deictic-day",
                    "\\b(?:(?<prep>since|until|till|by|from)\\s+)?(?<w>today|tonight|yesterday|tomorrow"
                        + "|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|last\\s+night"
                        + "|this\\s+(?:morning|afternoon|evening))(?:\\s+(?:morning|afternoon|evening|night))?\\b",
                    AnchorRules::deicticDay)
                .triggeredBy(
                    false,
                    Set.of(
                        "today",
                        "tonight",
                        "yesterday",
                        "tomorrow",
                        "night",
                        "morning",
                        "afternoon",
                        "evening")),
            TimeRule.of(
                    "calendar-unit",
                    "\\b(?:(?<prep>since|until|till|by|from|in|during|over)\\s+)?"
                        + "(?<mod>earlier\\s+(?:in\\s+)?(?:this|the)|later\\s+(?:in\\s+)?(?:this|the)"
                        + "|last|this|next|the\\s+previous|the\\s+following|the)"
                        + "\\s+(?<unit>week|weekend|month|year)\\b",
                    AnchorRules::calendarUnit)
                .triggeredBy(false, Set.of("week", "weekend", "month", "year")),
            TimeRule.of(
                    "within-units",
                    "\\b(?<prep>within)\\s+(?:a\\s+few\\s+)?(?<unit>hours|days|weeks|months)\\b",
                    AnchorRules::withinUnits)
                .triggeredBy(false, Set.of("within")),
            TimeRule.of(
                    "period-part",
                    "\\b(?:(?<prep>by|before|until|till|at|from|towards?)\\s+)?the\\s+"
                        + "(?<part>end|beginning|start|middle)\\s+of\\s+(?<mod>this|the|next|last)"
                        + "\\s+(?<unit>week|month|year)\\b",
                    AnchorRules::periodPart)
                .triggeredBy(false, Set.of("end", "beginning", "start", "middle")),
            TimeRule.of(
                    "past-window",
                    "\\b(?:(?<prep>in|over|for|during|within|throughout)\\s+)?"
                        + "(?:the\\s+(?<dir>past|last|previous)|(?<recent>recent))\\s+(?:recent\\s+)?"
                        + "(?:(?<n>"
                        + NUMBER
                        + ")\\s+)?(?<unit>"
                        + UNIT
                        + ")\\b",
                    AnchorRules::pastWindow)
                .triggeredBy(false, CalendarWords.UNIT_WORDS),
            TimeRule.of(
                    "future-window",
                    "\\b(?:(?<prep>in|over|for|during|within)\\s+)?the\\s+(?<dir>next|coming|upcoming|following)"
                        + "\\s+(?:(?<n>"
                        + NUMBER
                        + ")\\s+)?(?<unit>"
                        + UNIT
                        + ")\\b",
                    AnchorRules::futureWindow)
                .triggeredBy(false, CalendarWords.UNIT_WORDS),
            TimeRule.of(
                    "offset",
                    "\\b(?:(?<n>"
                        + NUMBER
                        + "|some|many)\\s+)?(?<unit>minutes?|"
                        + UNIT
                        + ")\\s+(?<rel>ago|later|earlier|after|before|afterwards|previously|beforehand)\\b",
                    AnchorRules::offset)
                .triggeredBy(
                    false,
                    Set.of(
                        "ago",
                        "later",
                        "earlier",
                        "after",
                        "before",
                        "afterwards",
                        "previously",
                        "beforehand")))
        .map(r -> ALSO_NEEDS.containsKey(r.name()) ? r.alsoNeeding(ALSO_NEEDS.get(r.name())) : r)
        .toList();
  }

  /**
   * Words a rule cannot match without besides its trigger words: most sentences with a unit ("the
   * year") have no "past" or "next", most with "after" no unit.
   */
  private static final Map<String, Set<String>> ALSO_NEEDS =
      Map.of(
          "past-window", Set.of("past", "last", "previous", "recent"),
          "future-window", Set.of("next", "coming", "upcoming", "following"),
          "offset", CalendarWords.UNIT_WORDS,
          "period-part", Set.of("week", "month", "year"),
          "within-units", Set.of("hours", "days", "weeks", "months"));

  private static Resolution weekday(CharSequence text, Matcher m, Optional<LocalDate> anchor) {
    Optional<DayOfWeek> day = CalendarWords.weekday(m.group("wd"));
    if (day.isEmpty()) {
      return null;
    }
    String mod = lower(m.group("mod"));
    if (mod.isEmpty() && FutureCue.before(text, m.start())) {
      mod = "this coming or same";
    }
    boolean future = mod.equals("next") || mod.startsWith("this coming");
    if (anchor.isEmpty()) {
      return Resolution.unresolved(future);
    }
    LocalDate a = anchor.get();
    LocalDate date =
        switch (mod) {
          case "next", "this coming" -> a.with(TemporalAdjusters.next(day.get()));
          case "this coming or same" -> a.with(TemporalAdjusters.nextOrSame(day.get()));
          case "last", "this past" -> a.with(TemporalAdjusters.previous(day.get()));
          case "this" -> CalendarWords.mondayOf(a).with(TemporalAdjusters.nextOrSame(day.get()));
          default -> a.with(TemporalAdjusters.previousOrSame(day.get()));
        };
    Resolution resolution = Resolution.relative(date, date, date.isAfter(a));
    return DateRules.isSince(m) ? resolution.since(anchor) : resolution;
  }

  private static Resolution deicticDay(CharSequence text, Matcher m, Optional<LocalDate> anchor) {
    String w = lower(m.group("w"));
    int offset =
        switch (w) {
          case "yesterday", "last night" -> -1;
          case "tomorrow" -> 1;
          case "the day before yesterday" -> -2;
          case "the day after tomorrow" -> 2;
          default -> 0;
        };
    if (anchor.isEmpty()) {
      return Resolution.unresolved(offset > 0);
    }
    LocalDate day = anchor.get().plusDays(offset);
    Resolution resolution = Resolution.relative(day, day, offset > 0);
    return DateRules.isSince(m) ? resolution.since(anchor) : resolution;
  }

  private static Resolution calendarUnit(CharSequence text, Matcher m, Optional<LocalDate> anchor) {
    String mod = lower(m.group("mod"));
    String unit = lower(m.group("unit"));
    if (mod.equals("the") && !unit.equals("weekend")) {
      return null; // "the week", "the year" alone are not anchored
    }
    boolean later = mod.startsWith("later");
    boolean future = later || mod.equals("next");
    if (mod.equals("next") && THE_BEFORE.matcher(text).region(0, m.start()).find()) {
      return Resolution.unresolved(false); // "the next week": after the story's events, as below
    }
    if (mod.equals("the previous") || mod.equals("the following") || anchor.isEmpty()) {
      return Resolution.unresolved(
          future); // "the following week" is relative to the story's events
    }
    LocalDate a = anchor.get();
    LocalDate begin;
    LocalDate end;
    switch (unit) {
      case "week" -> {
        begin = CalendarWords.mondayOf(a);
        end = CalendarWords.sundayOf(a);
      }
      case "weekend" -> {
        // The weekend of the anchor's week once it has begun, else the one before.
        LocalDate saturday = CalendarWords.mondayOf(a).plusDays(5);
        begin = saturday.isAfter(a) ? saturday.minusDays(7) : saturday;
        end = begin.plusDays(1);
      }
      case "month" -> {
        begin = a.withDayOfMonth(1);
        end = CalendarWords.lastDayOfMonth(a);
      }
      default -> {
        begin = a.withDayOfYear(1);
        end = a.withDayOfYear(a.lengthOfYear());
      }
    }
    int shift = mod.equals("last") ? -1 : mod.equals("next") ? 1 : 0;
    if (shift != 0) {
      if (unit.equals("month")) {
        begin = begin.plusMonths(shift);
        end = CalendarWords.lastDayOfMonth(begin);
      } else if (unit.equals("year")) {
        begin = begin.plusYears(shift);
        end = end.plusYears(shift).withDayOfYear(begin.lengthOfYear());
      } else if (!unit.equals("weekend") || shift > 0) {
        begin = begin.plusWeeks(shift);
        end = end.plusWeeks(shift);
      }
    }
    if (mod.startsWith("earlier")) {
      end = a.minusDays(1).isBefore(begin) ? begin : a.minusDays(1);
    } else if (later) {
      begin = a.plusDays(1).isAfter(end) ? end : a.plusDays(1);
    }
    Resolution resolution = Resolution.relative(begin, end, future);
    return DateRules.isSince(m) ? resolution.since(anchor) : resolution;
  }

  /** "Within days", "within a few weeks": a few units from the day after the anchor. */
  private static Resolution withinUnits(CharSequence text, Matcher m, Optional<LocalDate> anchor) {
    if (anchor.isEmpty()) {
      return Resolution.unresolved(true);
    }
    LocalDate a = anchor.get();
    return Resolution.relative(
        a.plusDays(1), CalendarWords.plus(a, CalendarWords.count("few"), m.group("unit")), true);
  }

  /**
   * "By the end of the year", "at the beginning of next month", "the middle of last week": a part
   * of the anchor's period (its first or last quarter, or its middle half), in the future when it
   * starts after the anchor.
   */
  private static Resolution periodPart(CharSequence text, Matcher m, Optional<LocalDate> anchor) {
    String mod = lower(m.group("mod"));
    if (anchor.isEmpty()) {
      return Resolution.unresolved(mod.equals("next"));
    }
    LocalDate a = anchor.get();
    int shift = mod.equals("next") ? 1 : mod.equals("last") ? -1 : 0;
    LocalDate begin;
    LocalDate end;
    switch (lower(m.group("unit"))) {
      case "week" -> {
        begin = CalendarWords.mondayOf(a).plusWeeks(shift);
        end = begin.plusDays(6);
      }
      case "month" -> {
        begin = a.withDayOfMonth(1).plusMonths(shift);
        end = CalendarWords.lastDayOfMonth(begin);
      }
      default -> {
        begin = a.withDayOfYear(1).plusYears(shift);
        end = begin.withDayOfYear(begin.lengthOfYear());
      }
    }
    long days = end.toEpochDay() - begin.toEpochDay() + 1;
    long quarter = Math.max(1, days / 4);
    switch (lower(m.group("part"))) {
      case "end" -> begin = end.minusDays(quarter - 1);
      case "middle" -> {
        begin = begin.plusDays(quarter);
        end = end.minusDays(quarter);
      }
      default -> end = begin.plusDays(quarter - 1);
    }
    return Resolution.relative(begin, end, begin.isAfter(a));
  }

  private static Resolution pastWindow(CharSequence text, Matcher m, Optional<LocalDate> anchor) {
    String dir = lower(m.group("dir"));
    if (dir.equals("previous") || anchor.isEmpty()) {
      return Resolution.unresolved(
          false); // "the previous two weeks" counts back from the story's events
    }
    int n = windowCount(m);
    LocalDate a = anchor.get();
    return Resolution.relative(CalendarWords.plus(a, -n, m.group("unit")), a, false);
  }

  private static Resolution futureWindow(CharSequence text, Matcher m, Optional<LocalDate> anchor) {
    String dir = lower(m.group("dir"));
    if (dir.equals("following") || storyRelative(m, dir)) {
      return Resolution.unresolved(false);
    }
    if (anchor.isEmpty()) {
      return Resolution.unresolved(true);
    }
    int n = windowCount(m);
    LocalDate a = anchor.get();
    return Resolution.relative(a.plusDays(1), CalendarWords.plus(a, n, m.group("unit")), true);
  }

  /**
   * "The next day", "the next week" with no count and no window ("in", "within", "over"): the day
   * or week after the story's last event ("fighting broke out on 18 March and the border was closed
   * the next day"), not after the publication date; "within the next six months" is a window.
   */
  private static boolean storyRelative(Matcher m, String dir) {
    return dir.equals("next")
        && m.group("n") == null
        && m.group("prep") == null
        && !lower(m.group("unit")).endsWith("s");
  }

  private static Resolution offset(CharSequence text, Matcher m, Optional<LocalDate> anchor) {
    String rel = lower(m.group("rel"));
    String n = m.group("n");
    boolean vague = n == null || n.equalsIgnoreCase("some") || n.equalsIgnoreCase("many");
    if (!rel.equals("ago") || anchor.isEmpty() || vague) {
      return Resolution.unresolved(false); // "several hours after" the story's own events
    }
    LocalDate day = CalendarWords.plus(anchor.get(), -CalendarWords.count(n), m.group("unit"));
    return Resolution.relative(day, day, false);
  }

  /**
   * The number of units of a window: "the past 20 years" 20, "recent weeks" a few, "the past week"
   * 1.
   */
  private static int windowCount(Matcher m) {
    String n = m.group("n");
    if (n != null) {
      return CalendarWords.count(n);
    }
    String unit = lower(m.group("unit"));
    boolean plural = unit.endsWith("s");
    return plural ? CalendarWords.count("few") : 1;
  }

  private static String lower(String s) {
    return s == null ? "" : BLANKS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}
