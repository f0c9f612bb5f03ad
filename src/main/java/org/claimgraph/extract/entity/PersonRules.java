package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.lexicon.Keywords;
import org.claimgraph.extract.lexicon.LeadingCharacters;
import org.claimgraph.extract.lexicon.LexiconFile;

/**
 * Finds names of people the gazetteer does not know, typed by their context: a title before
 * ("President X", "spokesman X"), an apposition after ("X, the spokesperson for …"), a role
 * apposition before ("the spokesperson for Y, X,"), or a reporting verb after ("X said").
 * Thread-safe.
 */
final class PersonRules {

  /** A name found: its words (without title) and whether a title preceded it. */
  record PersonName(Span span, String name, boolean titled, String title) {}

  private static final Pattern RUN =
      LeadingCharacters.guarded(
          Pattern.compile(
              "\\b[A-Z][\\p{L}'’\\-]*\\.?(?:\\s+(?:(?:al|bin|ibn|van|von|de|da|el|abu|bin)[-\\s])?"
                  + "[A-Z][\\p{L}'’\\-]*\\.?){0,4}"));
  private static final Pattern APPOSITION_AFTER =
      Pattern.compile(
          "^\\s*,\\s+(?:the|a|an|who|whose|its|their|his|her)\\b|^\\s*\\((?:the|a)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ROLE_BEFORE =
      Pattern.compile(
          "\\b(?:spokesperson|spokesman|spokeswoman|president|minister|leader|commander|head|chief"
              + "|official|envoy|ambassador|governor|secretary|director|adviser|advisor|analyst"
              + "|member|general|deputy|chairman|chairwoman|chair|mayor|founder|researcher|colonel"
              + "|brigadier|captain|lieutenant|prosecutor|lawyer|journalist|correspondent|doctor"
              + "|resident|activist|negotiator|mediator|coordinator|representative|officer)\\b"
              + "[^.;:]{0,80},\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TITLE_WORD_BEFORE =
      Pattern.compile(
          "\\b(?:spokesperson|spokesman|spokeswoman|minister|commander|leader|president|chief"
              + "|envoy|ambassador|official|governor|general|secretary"
              // "Our correspondent Lena Varga", "analyst Dana Wirth", "Mayor Ivo Bran"
              + "|correspondent|reporter|journalist|analyst|researcher|presenter|editor|director"
              + "|mayor|commissioner|coordinator|negotiator|mediator)\\s+$",
          Pattern.CASE_INSENSITIVE);

  private static final Set<String> NOT_NAMES =
      Set.of(
          "The",
          "A",
          "An",
          "In",
          "On",
          "At",
          "Of",
          "For",
          "And",
          "But",
          "Or",
          "If",
          "As",
          "By",
          "To",
          "From",
          "With",
          "This",
          "That",
          "These",
          "Those",
          "There",
          "It",
          "He",
          "She",
          "They",
          "We",
          "I",
          "His",
          "Her",
          "Their",
          "Its",
          "Our",
          "Meanwhile",
          "However",
          "Although",
          "Some",
          "Many",
          "Several",
          "After",
          "Before",
          "During",
          "While",
          "When",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Read",
          "Also",
          "According",
          "Recapturing",
          "Video",
          "Peace",
          "Talks",
          "Government",
          "Ministry",
          "Forces",
          "Army",
          "Police",
          "Province",
          "District",
          "Border",
          "Crossing",
          "Key",
          "News",
          "Reuters",
          "Officials",
          "Sources",
          "Islamic",
          "State",
          "United",
          "National",
          "Council",
          "Committee",
          "Party",
          "Front",
          "Movement",
          "Brigade",
          "Airbase",
          "Airport",
          "Fort",
          "Camp",
          "Base",
          "Republic",
          "Kingdom",
          "Reporting",
          "Editing",
          "Writing",
          "Photo",
          "Image",
          "Copyright",
          "Breaking",
          "Update",
          "Analysis",
          "Opinion",
          "Exclusive",
          "Live");

  /**
   * Words no person's name holds: the heads of bodies and places. "The Interior Ministry said" has
   * a capitalised pair and a reporting verb, as "Omar Said said" has, but names a ministry.
   */
  private static final Set<String> INSTITUTION_WORDS =
      Set.of(
          "Ministry",
          "Government",
          "Forces",
          "Army",
          "Police",
          "Province",
          "District",
          "Region",
          "Border",
          "Crossing",
          "Council",
          "Committee",
          "Party",
          "Front",
          "Movement",
          "Brigade",
          "Brigades",
          "Battalion",
          "Militia",
          "Airbase",
          "Airport",
          "Republic",
          "Kingdom",
          "Office",
          "Agency",
          "Programme",
          "Program",
          "Organisation",
          "Organization",
          "Commission",
          "Union",
          "Alliance",
          "Coalition",
          "Mission",
          "Authority",
          "Command",
          "Guard",
          "Guards",
          "Navy",
          "Staff",
          "Institute",
          "Foundation",
          "Hospital",
          "University",
          "Court",
          "Assembly",
          "Parliament",
          "Embassy",
          "Department",
          "Directorate",
          "Observatory");

  private final List<String[]> titles = new ArrayList<>();

  /** Compiled once: a name's words are counted for every capitalised run. */
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  /**
   * The titles by their first character, longest first as in {@link #titles}: a title is looked for
   * at every capitalised run and at every word inside one, where trying each of the lexicon's 54
   * titles in turn showed in the profile; one character rules out all but a few.
   */
  private final Map<Character, List<String[]>> titlesByFirstChar = new HashMap<>();

  PersonRules() {
    for (String[] row : LexiconFile.rows("titles.tsv")) {
      titles.add(new String[] {row[0], row.length > 1 ? row[1] : ""});
    }
    // Longest titles first so that "Prime Minister" wins over "Minister".
    titles.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
    for (String[] t : titles) {
      titlesByFirstChar.computeIfAbsent(t[0].charAt(0), c -> new ArrayList<>()).add(t);
    }
  }

  /** The titles that may start at {@code at} (those with its first character), longest first. */
  private List<String[]> titlesAt(String text, int at) {
    return at < text.length()
        ? titlesByFirstChar.getOrDefault(text.charAt(at), List.of())
        : List.of();
  }

  /** Candidate person names in the sentence, with whether the context marks them as people. */
  List<PersonName> find(String text, Span sentence, ReportingVerbCheck verbs) {
    List<PersonName> out = new ArrayList<>();
    Matcher m = RUN.matcher(text).region(sentence.start(), sentence.end());
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      while (e > s && text.charAt(e - 1) == '.') {
        e--; // a sentence's final period is not part of a name
      }
      String title = null;
      // Titles inside the capitalised run: "President Joe Biden", "Gen. Mark Milley".
      boolean again = true;
      while (again && s < e) {
        again = false;
        for (String[] t : titlesAt(text, s)) {
          String w = t[0];
          if (text.startsWith(w, s)
              && s + w.length() < e
              && Character.isWhitespace(text.charAt(s + w.length()))) {
            title = t[1].isEmpty() ? w : t[1];
            s = skipSpace(text, s + w.length());
            again = true;
            break;
          }
        }
      }
      if (title == null) {
        // "Kestrian President Dario Helm", "Velsia's Defence Minister Ana Kos": a title after a
        // nationality or a possessive is still a title, and the name is what follows it.
        TitleInside inside = titleInside(text, s, e);
        if (inside != null) {
          title = inside.role();
          s = inside.nameStart();
        }
      }
      // Drop leading words that cannot start a name ("On Friday Russia…").
      while (s < e) {
        int we = wordEnd(text, s, e);
        String w = text.substring(s, we);
        if (!NOT_NAMES.contains(w) && !w.endsWith(".")) {
          break;
        }
        s = skipSpace(text, we);
      }
      if (s >= e) {
        continue;
      }
      String name = text.substring(s, e);
      String[] nameWords = BLANKS.split(name);
      if (namesABody(nameWords)) {
        continue;
      }
      boolean titled = title != null || titleBefore(text, sentence, s);
      if (title == null && titled) {
        title = "";
      }
      int words = nameWords.length;
      boolean marked =
          titled
              || words >= 2
                  && (appositionAfter(text, sentence, e)
                      || speakerLabel(text, s, e, name, nameWords)
                      || roleBefore(text, sentence, s)
                      || speakerAfterQuote(text, sentence, s, e)
                      || byline(text, sentence, s, e)
                      || verbs.followsName(text, e, sentence.end()));
      if (marked || words == 1) {
        out.add(new PersonName(new Span(s, e), name, marked, title));
      }
    }
    return out;
  }

  private static boolean namesABody(String[] nameWords) {
    for (String word : nameWords) {
      if (INSTITUTION_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** A title inside a capitalised run: its role, and where the name after it starts. */
  private record TitleInside(String role, int nameStart) {}

  /** The last title standing inside the capitalised run after its first word, if any. */
  private TitleInside titleInside(String text, int s, int e) {
    TitleInside found = null;
    for (int i = s; i < e; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        continue;
      }
      int w = skipSpace(text, i);
      for (String[] t : titlesAt(text, w)) {
        int end = w + t[0].length();
        if (text.startsWith(t[0], w)
            && end < e
            && Character.isWhitespace(text.charAt(end))
            // A first name and a surname must follow: "Keshet General Hospital" is no person.
            && text.substring(end, e).strip().contains(" ")) {
          found = new TitleInside(t[1].isEmpty() ? t[0] : t[1], skipSpace(text, end));
          break;
        }
      }
    }
    return found;
  }

  /** Whether a word-based check on "what comes next" sees a reporting verb. */
  interface ReportingVerbCheck {
    boolean followsName(String text, int at, int sentenceEnd);
  }

  private boolean titleBefore(String text, Span sentence, int s) {
    int from = Math.max(sentence.start(), s - 30);
    return TITLE_WORDS.anyIn(text, from, s)
        && TITLE_WORD_BEFORE.matcher(text).region(from, s).find();
  }

  /**
   * The titles without which TITLE_WORD_BEFORE cannot match, read off the pattern: a cheap test
   * before a pattern tried at every position before each name.
   */
  private static final Keywords TITLE_WORDS = Keywords.requiredBy(TITLE_WORD_BEFORE);

  /** "…," said Amara Deng, 34: a reporting verb before a name that a comma or stop ends. */
  private static final Pattern SAID_BEFORE =
      Pattern.compile("\\b(?:said|says|added|adds|explained|recalled|wrote)\\s+$");

  private static final Pattern NAME_ENDS = Pattern.compile("^\\s*(?:[,.;:]|$)");

  /** "By Maria Okonjo, Riverside Gazette": a byline's writer. */
  private static final Pattern BYLINE_BEFORE = Pattern.compile("^By\\s+$");

  /**
   * A transcript turn's label: a name in capitals opening its line, with an optional role in
   * brackets ("KARIN OST (Interior Minister):"), or in the brackets of a role label ("CORRESPONDENT
   * (LENA VARGA):").
   */
  private static final Pattern LABEL_BEFORE =
      Pattern.compile("(?:^|\\n)(?:[A-Z][A-Z'-]+\\s*\\(\\s*)?$");

  private static final Pattern LABEL_AFTER =
      Pattern.compile("^\\s*\\)?\\s*(?:\\([^)\\n]{1,60}\\)\\s*)?:");

  /** Words of a role label in capitals ("FOREIGN MINISTER:"), which names no one. */
  private static final Set<String> LABEL_ROLES =
      Set.of(
          "MINISTER",
          "SPOKESMAN",
          "SPOKESWOMAN",
          "SPOKESPERSON",
          "PRESENTER",
          "ANCHOR",
          "HOST",
          "CORRESPONDENT",
          "REPORTER",
          "QUESTION",
          "ANSWER",
          "MODERATOR",
          "INTERVIEWER",
          "NARRATOR",
          "CALLER",
          "ANNOUNCER",
          "OFFICIAL",
          "COMMANDER",
          "GENERAL",
          "PRESIDENT",
          "SECRETARY",
          "VOICE");

  private static boolean speakerLabel(String text, int s, int e, String name, String[] words) {
    if (!name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
      return false;
    }
    for (String word : words) {
      if (LABEL_ROLES.contains(word)) {
        return false;
      }
    }
    int lineStart = text.lastIndexOf('\n', s - 1) + 1;
    return LABEL_BEFORE.matcher(text).region(Math.max(0, lineStart - 1), s).find()
        && LABEL_AFTER.matcher(text).region(e, Math.min(text.length(), e + 70)).lookingAt();
  }

  private static boolean speakerAfterQuote(String text, Span sentence, int s, int e) {
    int from = Math.max(sentence.start(), s - 20);
    return SAID_BEFORE.matcher(text).region(from, s).find()
        && NAME_ENDS.matcher(text).region(e, sentence.end()).lookingAt();
  }

  private static boolean byline(String text, Span sentence, int s, int e) {
    return BYLINE_BEFORE.matcher(text).region(sentence.start(), s).lookingAt()
        && NAME_ENDS.matcher(text).region(e, sentence.end()).lookingAt();
  }

  private static boolean appositionAfter(String text, Span sentence, int e) {
    return APPOSITION_AFTER.matcher(text).region(e, sentence.end()).find();
  }

  private static boolean roleBefore(String text, Span sentence, int s) {
    int from = Math.max(sentence.start(), s - 140);
    return commaJustBefore(text, from, s) && ROLE_BEFORE.matcher(text).region(from, s).find();
  }

  /**
   * Whether only blanks (or a final line break) stand between a comma and {@code s}, as
   * ROLE_BEFORE's ",\s*$" needs: a cheap test that spares the pattern's backtracking over most
   * names.
   */
  private static boolean commaJustBefore(String text, int from, int s) {
    int i = s - 1;
    while (i >= from && isBlankOrLineEnd(text.charAt(i))) {
      i--;
    }
    return i >= from && text.charAt(i) == ',';
  }

  private static boolean isBlankOrLineEnd(char c) {
    return c == ' ' || c >= '\t' && c <= '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int wordEnd(String text, int s, int e) {
    int i = s;
    while (i < e && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * A name as prose writes it: "Karin Ost" for a transcript label's "KARIN OST", "O'Brien" for
   * "O'BRIEN"; a name not wholly in capitals is returned as it is.
   */
  static String fromCapitals(String name) {
    if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.equals(name.toLowerCase(Locale.ROOT))) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length());
    boolean wordStart = true;
    for (char c : name.toCharArray()) {
      out.append(wordStart ? c : Character.toLowerCase(c));
      wordStart = !Character.isLetter(c);
    }
    return out.toString();
  }

  // The last and first of the words split("\\s+") would give, without compiling a regex per call:
  // both run for every gazetteer person each time an unknown titled name is met.
  static String surname(String fullName) {
    String s = fullName.strip();
    int i = s.length() - 1;
    while (i >= 0 && !isRegexSpace(s.charAt(i))) {
      i--;
    }
    return s.substring(i + 1);
  }

  static String firstName(String fullName) {
    String s = fullName.strip();
    int i = 0;
    while (i < s.length() && !isRegexSpace(s.charAt(i))) {
      i++;
    }
    return s.substring(0, i).toLowerCase(Locale.ROOT);
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }
}
