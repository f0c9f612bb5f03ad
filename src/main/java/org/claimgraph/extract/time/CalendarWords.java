package org.claimgraph.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.extract.lexicon.CalendarNames;

/**
 * The words of the calendar (months, weekdays, number words, units) as regex fragments and values,
 * and the date arithmetic the rules share.
 */
final class CalendarWords {

  // Compiled once: in String.matches, split or replaceAll it was compiled on every call.
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.(?=\\s*\\d))?)";

  /** Month names and abbreviations, lower case, as trigger words. */
  static final Set<String> MONTH_WORDS = CalendarNames.MONTHS;

  /** Weekday names, lower case, as trigger words. */
  static final Set<String> WEEKDAY_WORDS = CalendarNames.WEEKDAYS;

  /** Time units, singular and plural, as trigger words. */
  static final Set<String> UNIT_WORDS =
      Set.of(
          "day",
          "days",
          "week",
          "weeks",
          "fortnight",
          "fortnights",
          "month",
          "months",
          "year",
          "years",
          "decade",
          "decades",
          "hour",
          "hours",
          "minute",
          "minutes");

  static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

  static final String NUMBER =
      "(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen"
          + "|twenty|thirty|forty|fifty|sixty|a\\s+few|few|several|a\\s+couple\\s+of|couple\\s+of|a|an)";

  static final String UNIT = "(?:days?|weeks?|fortnights?|months?|years?|decades?|hours?)";

  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("fifteen", 15),
          Map.entry("eighteen", 18),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          // Vague counts get a conventional value so that "the past few weeks" still resolves.
          Map.entry("few", 3),
          Map.entry("a few", 3),
          Map.entry("several", 3),
          Map.entry("couple of", 2),
          Map.entry("a couple of", 2),
          Map.entry("recent", 3));

  private CalendarWords() {}

  /** The month named by a capitalised word ("July", "Sept."), or empty for lower case ("may"). */
  static Optional<Month> month(String word) {
    if (word == null || word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return Optional.empty();
    }
    String prefix = word.replace(".", "").substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.name().startsWith(prefix)) {
        return Optional.of(month);
      }
    }
    return Optional.empty();
  }

  /** Whether a month is written short ("Jun", "Sept."), which alone could be a name or a word. */
  static boolean isAbbreviation(String word) {
    String bare = word.replace(".", "");
    for (Month month : Month.values()) {
      if (month.name().equalsIgnoreCase(bare)) {
        return false;
      }
    }
    return true;
  }

  static Optional<DayOfWeek> weekday(String word) {
    if (word == null || !Character.isUpperCase(word.charAt(0))) {
      return Optional.empty();
    }
    return Optional.of(DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT)));
  }

  /** The value of a count ("20", "six", "a few"); absent counts are one ("the past year"). */
  static int count(String words) {
    if (words == null) {
      return 1;
    }
    String key = BLANKS.matcher(words.toLowerCase(Locale.ROOT)).replaceAll(" ");
    if (Character.isDigit(key.charAt(0))) {
      return Integer.parseInt(key);
    }
    return NUMBER_WORDS.getOrDefault(key, 1);
  }

  static ChronoUnit unit(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("hour")) {
      return ChronoUnit.HOURS;
    }
    if (w.startsWith("day")) {
      return ChronoUnit.DAYS;
    }
    if (w.startsWith("fortnight")) {
      return ChronoUnit.WEEKS; // counted as two weeks by the caller
    }
    if (w.startsWith("week")) {
      return ChronoUnit.WEEKS;
    }
    if (w.startsWith("month")) {
      return ChronoUnit.MONTHS;
    }
    if (w.startsWith("decade")) {
      return ChronoUnit.DECADES;
    }
    return ChronoUnit.YEARS;
  }

  /** {@code date} moved by {@code amount} units; hours move by whole days (rounded up). */
  static LocalDate plus(LocalDate date, long amount, String unitWord) {
    ChronoUnit unit = unit(unitWord);
    if (unit == ChronoUnit.HOURS) {
      return date.plusDays((amount + 23) / 24);
    }
    if (unitWord.toLowerCase(Locale.ROOT).startsWith("fortnight")) {
      amount *= 2;
    }
    return date.plus(amount, unit);
  }

  /**
   * The year of a month and day given without one, for past reporting: the anchor's year, or the
   * year before when that would put the date after the anchor.
   */
  static int inferYear(Month month, int day, LocalDate anchor) {
    LocalDate candidate = safeDate(anchor.getYear(), month, Math.min(day, month.minLength()));
    return candidate.isAfter(anchor) ? anchor.getYear() - 1 : anchor.getYear();
  }

  static LocalDate safeDate(int year, Month month, int day) {
    return LocalDate.of(year, month, day);
  }

  static LocalDate mondayOf(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  static LocalDate sundayOf(LocalDate date) {
    return date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
  }

  static LocalDate lastDayOfMonth(LocalDate date) {
    return date.with(TemporalAdjusters.lastDayOfMonth());
  }
}
