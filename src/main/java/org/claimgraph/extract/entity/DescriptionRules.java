package org.claimgraph.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.gazetteer.NameMatch;
import org.claimgraph.extract.lexicon.Keywords;
import org.claimgraph.extract.lexicon.LexiconFile;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.MentionKind;

/**
 * Turns a country or group name and the words around it into the actor they describe: "the Afghan
 * government", "the security forces of Afghanistan", "Russia's foreign ministry", "US intelligence
 * analysts", "the forces of the Taliban". Thread-safe.
 */
final class DescriptionRules {

  // Compiled once: in String.matches, split or replaceAll it was compiled on every call.
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String POSS = "(?:'s|’s)?";
  private static final String FORCE_MODS =
      "(?:(?:security|armed|military|government|special|border|national|defen[cs]e|ground|air"
          + "|elite|regular|army|police)\\s+)*";
  private static final String FORCE_NOUNS =
      "(?:forces|troops|soldiers|military|army|units|police|border guards|servicemen|personnel"
          + "|assault\\s+(?:groups|units|troops)"
          + "|border police)";

  private static final Pattern AFTER_GOV =
      Pattern.compile(
          POSS + "\\s+(?:government|administration|authorities|regime|cabinet|officials)\\b",
          FLAGS);
  private static final Pattern AFTER_FORCES =
      Pattern.compile(POSS + "\\s+" + FORCE_MODS + FORCE_NOUNS + "\\b", FLAGS);
  private static final Pattern AFTER_MINISTRY =
      Pattern.compile(
          POSS
              + "\\s+(?:(?<t1>[a-z]+(?:\\s+affairs)?)\\s+ministry|ministry\\s+of\\s+"
              + "(?<t2>[a-z]+(?:\\s+affairs)?))\\b",
          FLAGS);
  private static final Pattern AFTER_INTEL =
      Pattern.compile(
          POSS
              + "\\s+intelligence(?:\\s+(?:analysts?|officials|agencies|agency|community|services"
              + "|sources|assessments?|estimates?))?\\b",
          FLAGS);
  private static final Pattern BEFORE_GOV =
      Pattern.compile(
          "\\b(?:the\\s+)?(?:government|administration|authorities|regime|leadership)\\s+(?:of|in)"
              + "\\s+(?:the\\s+)?$",
          FLAGS);
  private static final Pattern BEFORE_FORCES =
      Pattern.compile(
          "\\b(?:the\\s+)?" + FORCE_MODS + FORCE_NOUNS + "\\s+of\\s+(?:the\\s+)?$", FLAGS);
  private static final Pattern BEFORE_MINISTRY =
      Pattern.compile(
          "\\b(?:the\\s+)?(?:(?<t1>[a-z]+(?:\\s+affairs)?)\\s+)?ministry(?:\\s+of\\s+"
              + "(?<t2>[a-z]+(?:\\s+affairs)?))?\\s+of\\s+(?:the\\s+)?$",
          FLAGS);
  private static final Pattern BEFORE_INTEL =
      Pattern.compile(
          "\\b(?:the\\s+)?intelligence\\s+(?:analysts|officials|agencies|community|services)\\s+"
              + "(?:of|in)\\s+(?:the\\s+)?$",
          FLAGS);
  private static final Pattern AFTER_GROUP =
      Pattern.compile(
          "\\s+(?:forces|fighters|militants|insurgents|rebels|militia|members|officials|leadership"
              + "|leaders|commanders|gunmen)\\b",
          FLAGS);
  private static final Pattern BEFORE_GROUP =
      Pattern.compile(
          "\\b(?:the\\s+)?(?:forces|fighters|militants|members|officials|leaders|leadership|units"
              + "|commanders|ranks)\\s+(?:of|associated\\s+with|affiliated\\s+with|allied\\s+with"
              + "|loyal\\s+to|linked\\s+to|from)\\s+(?:the\\s+)?$",
          FLAGS);

  /**
   * A capitalised name after a demonym whose modifier says what the movement stands for ("National
   * Army", "National Forces"), unlike the titles of state forces ("Armed Forces", "Defence
   * Forces").
   */
  private static final Pattern PROPER_FORCE_NAME =
      Pattern.compile(
          "\\s+(?:National|Popular|People's|People’s|Liberation|Free)\\s+(?:Army|Forces)");

  // The BEFORE_ patterns end at the country's name and are tried with find over up to 120
  // characters before it, at every position: each is worth running only where the words it cannot
  // match without occur. The words are read off the patterns, so a noun added to one (as "assault
  // groups" was, and was lost from a hand-kept list) is in its gate at once.
  private static final Keywords FORCE_WORDS = Keywords.requiredBy(BEFORE_FORCES);
  private static final Keywords GOV_WORDS = Keywords.requiredBy(BEFORE_GOV);
  private static final Keywords MINISTRY_WORDS = Keywords.requiredBy(BEFORE_MINISTRY);
  private static final Keywords INTEL_WORDS = Keywords.requiredBy(BEFORE_INTEL);
  private static final Keywords GROUP_WORDS = Keywords.requiredBy(BEFORE_GROUP);

  private final Map<String, String[]> ministries = new HashMap<>();

  DescriptionRules() {
    for (String[] row : LexiconFile.rows("ministries.tsv")) {
      ministries.put(row[0].toLowerCase(Locale.ROOT), new String[] {row[1], row[2]});
    }
  }

  /** The description candidate built around a country (name or demonym) match, if any. */
  Optional<Candidate> aroundCountry(String text, Span sentence, NameMatch m, Gazetteer g) {
    String country = m.entry().key();
    String name = m.entry().prefLabel();
    int s = m.span().start();
    int e = m.span().end();
    int from = Math.max(sentence.start(), s - 120);
    Matcher a;
    if ((a = after(AFTER_MINISTRY, text, e, sentence)) != null) {
      return ministry(country, name, topic(a), new Span(s, a.end()));
    }
    Matcher b;
    if ((b = before(BEFORE_MINISTRY, text, from, s, MINISTRY_WORDS)) != null) {
      return ministry(country, name, topic(b), new Span(b.start(), e));
    }
    if ((a = after(AFTER_INTEL, text, e, sentence)) != null) {
      return intel(country, name, new Span(s, a.end()));
    }
    if ((b = before(BEFORE_INTEL, text, from, s, INTEL_WORDS)) != null) {
      return intel(country, name, new Span(b.start(), e));
    }
    if ((a = after(AFTER_FORCES, text, e, sentence)) != null) {
      if (PROPER_FORCE_NAME.matcher(text.substring(e, a.end())).matches()) {
        // "the Libyan National Army", "the Syrian National Army": a movement's proper name that
        // starts with a demonym, not the state's forces ("the Libyan army").
        return Optional.empty();
      }
      return forces(country, name, new Span(s, a.end()));
    }
    if ((b = before(BEFORE_FORCES, text, from, s, FORCE_WORDS)) != null) {
      return forces(country, name, new Span(b.start(), e));
    }
    if ((a = after(AFTER_GOV, text, e, sentence)) != null) {
      return gov(country, name, new Span(s, a.end()));
    }
    if ((b = before(BEFORE_GOV, text, from, s, GOV_WORDS)) != null) {
      return gov(country, name, new Span(b.start(), e));
    }
    return Optional.empty();
  }

  /** "Taliban forces", "the fighters associated with the Taliban": the group itself, longer. */
  Optional<Span> aroundGroup(String text, Span sentence, NameMatch m) {
    int s = m.span().start();
    int e = m.span().end();
    Matcher b = before(BEFORE_GROUP, text, Math.max(sentence.start(), s - 80), s, GROUP_WORDS);
    Matcher a = after(AFTER_GROUP, text, e, sentence);
    if (a == null && b == null) {
      return Optional.empty();
    }
    return Optional.of(new Span(b != null ? b.start() : s, a != null ? a.end() : e));
  }

  private String topic(Matcher m) {
    String t = m.group("t1") != null ? m.group("t1") : m.group("t2");
    return t == null ? null : BLANKS.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  private Optional<Candidate> ministry(String country, String name, String topic, Span span) {
    String[] known = topic == null ? null : ministries.get(topic);
    if (known == null) {
      return Optional.empty();
    }
    String key = Gazetteer.ministryKey(known[0], country);
    return Optional.of(
        new Candidate(
            span,
            key,
            known[1] + " of " + name,
            EntityType.MINISTRY,
            MentionKind.DESCRIPTION,
            3,
            country));
  }

  private static Optional<Candidate> intel(String country, String name, Span span) {
    return Optional.of(
        new Candidate(
            span,
            Gazetteer.intelligenceKey(country),
            "Intelligence community of " + name,
            EntityType.INTELLIGENCE_COMMUNITY,
            MentionKind.DESCRIPTION,
            3,
            country));
  }

  private static Optional<Candidate> forces(String country, String name, Span span) {
    return Optional.of(
        new Candidate(
            span,
            Gazetteer.forcesKey(country),
            "Armed forces of " + name,
            EntityType.MILITARY_FORCE,
            MentionKind.DESCRIPTION,
            3,
            country));
  }

  private static Optional<Candidate> gov(String country, String name, Span span) {
    return Optional.of(
        new Candidate(
            span,
            Gazetteer.governmentKey(country),
            "Government of " + name,
            EntityType.GOVERNMENT,
            MentionKind.DESCRIPTION,
            3,
            country));
  }

  private static Matcher after(Pattern p, String text, int at, Span sentence) {
    if (at >= sentence.end()) {
      return null;
    }
    Matcher m = p.matcher(text).region(at, sentence.end());
    return m.lookingAt() ? m : null;
  }

  /** The first match of {@code p} in {@code [from, to)}; {@code p} needs one of {@code words}. */
  private static Matcher before(Pattern p, String text, int from, int to, Keywords words) {
    if (to <= from || !words.anyIn(text, from, to)) {
      return null;
    }
    Matcher m = p.matcher(text).region(from, to);
    return m.find() ? m : null;
  }

  static List<String> forceNouns() {
    return List.of(FORCE_NOUNS);
  }
}
