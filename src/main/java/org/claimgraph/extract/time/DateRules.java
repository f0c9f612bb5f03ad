package org.claimgraph.extract.time;

import static org.claimgraph.extract.time.CalendarWords.MONTH;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimgraph.extract.time.SentenceClues.Need;

/**
 * Rules for phrases that name calendar dates: "2021-07-09", "July 9, 2021", "on 9 July", "in early
 * July", "in the first week of July", "in July 2021", "in 2021", "since 2001", "in the 1990s". A
 * day or month without a year takes its year from the anchor.
 */
final class DateRules {

  // Compiled once: in String.matches, split or replaceAll it was compiled on every call.
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private static final String DAY_PREP =
      "\\b(?:(?<prep>on|since|by|until|till|from|before|after)\\s+)?";
  private static final String DAY = "(?<d>\\d{1,2})(?:st|nd|rd|th)?";

  private DateRules() {}

  static List<TimeRule> rules() {
    return Stream.of(
            TimeRule.of(
                "iso-date",
                "\\b(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})\\b",
                (text, m, anchor) -> {
                  LocalDate day = date(Integer.parseInt(m.group("y")), m.group("m"), m.group("d"));
                  return day == null ? null : Resolution.absolute(day, day);
                }),
            TimeRule.of(
                "month-day-year",
                DAY_PREP + "(?<month>" + MONTH + ")\\s+" + DAY + ",?\\s+(?<y>\\d{4})\\b",
                DateRules::dayWithYear),
            TimeRule.of(
                "day-month-year",
                DAY_PREP
                    + "(?:the\\s+)?"
                    + DAY
                    + "\\s+(?:of\\s+)?(?<month>"
                    + MONTH
                    + "),?\\s+(?<y>\\d{4})\\b",
                DateRules::dayWithYear),
            TimeRule.of(
                "day-range",
                "\\b(?:(?:between|from)\\s+)?(?<d1>\\d{1,2})(?:st|nd|rd|th)?"
                    + "(?:\\s*[-–]\\s*|\\s+(?:and|to|until|till)\\s+)"
                    + DAY
                    + "\\s+(?:of\\s+)?(?<month>"
                    + MONTH
                    + ")(?:,?\\s+(?<y>\\d{4}))?(?!\\w)",
                DateRules::dayRange),
            TimeRule.of(
                "month-day",
                DAY_PREP + "(?<month>" + MONTH + ")\\s+" + DAY + "\\b",
                DateRules::dayWithoutYear),
            TimeRule.of(
                "day-month",
                DAY_PREP + "(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?(?<month>" + MONTH + ")(?!\\w)",
                DateRules::dayWithoutYear),
            TimeRule.of(
                "part-of-month",
                "\\b(?:(?<prep>in|during|since|by|until|till|from|throughout|of|before|after)\\s+)?"
                    + "(?:(?:the\\s+)?(?<ord>first|second|third|fourth|last|final)\\s+"
                    + "(?<part>week|fortnight|half|days)\\s+of\\s+"
                    + "|(?<pos>early|mid|late|the\\s+beginning\\s+of|the\\s+start\\s+of"
                    + "|the\\s+middle\\s+of|the\\s+end\\s+of)(?:\\s+|-))?"
                    // "last October", "since last October", "next March"
                    + "(?:(?<rel>last|this|next)\\s+)?"
                    + "(?<month>"
                    + MONTH
                    + ")(?:,?\\s+(?<y>\\d{4}))?(?!\\w)(?!\\s*\\d)",
                DateRules::partOfMonth),
            TimeRule.of(
                "year",
                "\\b(?:(?<prep>in|during|since|throughout|by|until|till|from)\\s+(?:the\\s+year\\s+)?"
                    + "|(?<pos>early|mid|late)(?:\\s+|-)|the\\s+year\\s+)"
                    + "(?<y>1[89]\\d\\d|2[01]\\d\\d)\\b(?![,.]?\\d|\\s*%|-\\d)",
                DateRules::year),
            TimeRule.of(
                "decade",
                "\\b(?:(?<prep>in|during|since|throughout)\\s+)?the\\s+(?<dec>1[89]\\d0|20\\d0)s\\b",
                (text, m, anchor) -> {
                  int first = Integer.parseInt(m.group("dec"));
                  Resolution decade =
                      Resolution.absolute(
                          LocalDate.of(first, 1, 1), LocalDate.of(first + 9, 12, 31));
                  return isSince(m) ? decade.since(anchor) : decade;
                }))
        // Every date names a month or has digits.
        .map(r -> r.triggeredBy(true, CalendarWords.MONTH_WORDS))
        .map(r -> r.needing(NEEDS.getOrDefault(r.name(), new Need[0])))
        .toList();
  }

  /**
   * What each rule cannot match without: a year needs four digits, a day a digit, a month its name.
   * Most sentences with a number ("85%", "300 fighters") then run none of the date patterns.
   */
  private static final Map<String, Need[]> NEEDS =
      Map.of(
          "iso-date", new Need[] {Need.FOUR_DIGITS},
          "month-day-year", new Need[] {Need.MONTH_NAME, Need.FOUR_DIGITS},
          "day-month-year", new Need[] {Need.MONTH_NAME, Need.FOUR_DIGITS},
          "day-range", new Need[] {Need.MONTH_NAME, Need.ASCII_DIGIT},
          "month-day", new Need[] {Need.MONTH_NAME, Need.ASCII_DIGIT},
          "day-month", new Need[] {Need.MONTH_NAME, Need.ASCII_DIGIT},
          "part-of-month", new Need[] {Need.MONTH_NAME},
          "year", new Need[] {Need.FOUR_DIGITS},
          "decade", new Need[] {Need.FOUR_DIGITS});

  private static Resolution dayWithYear(CharSequence text, Matcher m, Optional<LocalDate> anchor) {
    Optional<Month> month = CalendarWords.month(m.group("month"));
    if (month.isEmpty()) {
      return null;
    }
    LocalDate day = date(Integer.parseInt(m.group("y")), month.get(), m.group("d"));
    if (day == null) {
      return null;
    }
    Resolution resolution = Resolution.absolute(day, day);
    return isSince(m) ? resolution.since(anchor) : resolution;
  }

  private static Resolution dayWithoutYear(
      CharSequence text, Matcher m, Optional<LocalDate> anchor) {
    Optional<Month> month = CalendarWords.month(m.group("month"));
    int d = Integer.parseInt(m.group("d"));
    if (month.isEmpty() || d < 1 || d > month.get().maxLength()) {
      return null;
    }
    if (anchor.isEmpty()) {
      return Resolution.unresolved(false);
    }
    int year = CalendarWords.inferYear(month.get(), d, anchor.get());
    if (FutureCue.before(text, m.start())) {
      // "talks will resume on 9 July": the first such day on or after the anchor.
      year = anchor.get().getYear();
      if (LocalDate.of(year, month.get(), Math.min(d, month.get().minLength()))
          .isBefore(anchor.get())) {
        year++;
      }
    }
    LocalDate day = date(year, month.get(), m.group("d"));
    if (day == null) {
      return null; // 29 February in a common year
    }
    Resolution resolution = Resolution.relative(day, day, false);
    return isSince(m) ? resolution.since(anchor) : resolution;
  }

  /** "between 3 and 19 May 2019", "from 3 to 19 May", "3-19 May": the days of one month. */
  private static Resolution dayRange(CharSequence text, Matcher m, Optional<LocalDate> anchor) {
    Optional<Month> month = CalendarWords.month(m.group("month"));
    int first = Integer.parseInt(m.group("d1"));
    int last = Integer.parseInt(m.group("d"));
    if (month.isEmpty() || first < 1 || first >= last || last > month.get().maxLength()) {
      return null;
    }
    String year = m.group("y");
    if (year == null && anchor.isEmpty()) {
      return Resolution.unresolved(false);
    }
    int y =
        year != null
            ? Integer.parseInt(year)
            : CalendarWords.inferYear(month.get(), first, anchor.get());
    LocalDate begin = date(y, month.get(), m.group("d1"));
    LocalDate end = date(y, month.get(), m.group("d"));
    if (begin == null || end == null) {
      return null;
    }
    return year != null ? Resolution.absolute(begin, end) : Resolution.relative(begin, end, false);
  }

  private static Resolution partOfMonth(CharSequence text, Matcher m, Optional<LocalDate> anchor) {
    Optional<Month> month = CalendarWords.month(m.group("month"));
    if (month.isEmpty()) {
      return null;
    }
    String year = m.group("y");
    String rel = m.group("rel");
    if (m.group("prep") == null
        && m.group("ord") == null
        && m.group("pos") == null
        && rel == null
        && year == null) {
      return null; // a bare month name says too little: "July was hot"
    }
    if (year == null && CalendarWords.isAbbreviation(m.group("month"))) {
      return null; // "Jun" alone may be a name
    }
    LocalDate first;
    if (year != null) {
      first = LocalDate.of(Integer.parseInt(year), month.get(), 1);
    } else if (anchor.isPresent() && rel != null) {
      first = LocalDate.of(relativeYear(rel, month.get(), anchor.get()), month.get(), 1);
    } else if (anchor.isPresent()) {
      first = LocalDate.of(CalendarWords.inferYear(month.get(), 1, anchor.get()), month.get(), 1);
    } else {
      return Resolution.unresolved(false);
    }
    LocalDate last = CalendarWords.lastDayOfMonth(first);
    LocalDate[] bounds = part(m.group("ord"), m.group("part"), m.group("pos"), first, last);
    Resolution resolution =
        year != null
            ? Resolution.absolute(bounds[0], bounds[1])
            : Resolution.relative(bounds[0], bounds[1], false);
    return isSince(m) ? resolution.since(anchor) : resolution;
  }

  /**
   * The year of "last October" (the latest October before the anchor's month), "this October" (the
   * anchor's year) and "next October" (the first October after the anchor's month).
   */
  private static int relativeYear(String rel, Month month, LocalDate anchor) {
    int year = anchor.getYear();
    return switch (rel.toLowerCase(Locale.ROOT)) {
      case "last" -> month.getValue() < anchor.getMonthValue() ? year : year - 1;
      case "next" -> month.getValue() > anchor.getMonthValue() ? year : year + 1;
      default -> year;
    };
  }

  /** The days of a month that "the first week of", "early", "the end of" pick out. */
  private static LocalDate[] part(
      String ordinal, String part, String position, LocalDate first, LocalDate last) {
    if (ordinal != null) {
      String ord = ordinal.toLowerCase(Locale.ROOT);
      boolean isLast = ord.equals("last") || ord.equals("final");
      int index =
          switch (ord) {
            case "second" -> 1;
            case "third" -> 2;
            case "fourth" -> 3;
            default -> 0;
          };
      int length =
          switch (part.toLowerCase(Locale.ROOT)) {
            case "fortnight" -> 14;
            case "half" -> 15;
            case "days" -> 3; // "the first days of July"
            default -> 7;
          };
      if (isLast) {
        return new LocalDate[] {last.minusDays(length - 1L), last};
      }
      LocalDate begin = first.plusDays((long) index * length);
      LocalDate end = begin.plusDays(length - 1L);
      return new LocalDate[] {begin, end.isAfter(last) ? last : end};
    }
    if (position != null) {
      String pos = BLANKS.matcher(position.toLowerCase(Locale.ROOT)).replaceAll(" ");
      if (pos.equals("early") || pos.endsWith("beginning of") || pos.endsWith("start of")) {
        return new LocalDate[] {first, first.plusDays(9)};
      }
      if (pos.equals("mid") || pos.endsWith("middle of")) {
        return new LocalDate[] {first.plusDays(10), first.plusDays(19)};
      }
      return new LocalDate[] {first.plusDays(20), last};
    }
    return new LocalDate[] {first, last};
  }

  private static Resolution year(CharSequence text, Matcher m, Optional<LocalDate> anchor) {
    int y = Integer.parseInt(m.group("y"));
    LocalDate begin = LocalDate.of(y, 1, 1);
    LocalDate end = LocalDate.of(y, 12, 31);
    String position = m.group("pos");
    if (position != null) {
      switch (position.toLowerCase(Locale.ROOT)) {
        case "early" -> end = LocalDate.of(y, 4, 30);
        case "mid" -> {
          begin = LocalDate.of(y, 5, 1);
          end = LocalDate.of(y, 8, 31);
        }
        default -> begin = LocalDate.of(y, 9, 1);
      }
    }
    Resolution resolution = Resolution.absolute(begin, end);
    if (isSince(m)) {
      return resolution.since(anchor);
    }
    boolean future = anchor.isPresent() && begin.isAfter(anchor.get());
    return new Resolution(resolution.begin(), resolution.end(), false, future);
  }

  static boolean isSince(Matcher m) {
    String prep = m.group("prep");
    return prep != null && prep.equalsIgnoreCase("since");
  }

  private static LocalDate date(int year, String month, String day) {
    try {
      return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDate date(int year, Month month, String day) {
    try {
      return LocalDate.of(year, month, Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
