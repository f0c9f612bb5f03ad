package org.claimgraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.lexicon.Keywords;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.MentionKind;

/**
 * News outlets named in a report: the publisher itself where the text names it ("By Ana Ruiz,
 * Riverside Gazette", "told the Gazette"), a name with a newspaper's or agency's head word ("the
 * Meridian Post", "Eastern Wire", "Radio Halvet", "the Global News Agency"), and the outlet in a
 * wire dateline or byline ("SOLVAN, March 14 (Newswire) -", "By Newswire staff"). Thread-safe.
 */
final class NewsOutlets {

  private static final String WORD = "[A-Z][\\p{L}'’\\-]*";

  /** Head words that end an outlet's name: the last word of most newspapers and agencies. */
  private static final String HEADS =
      "Post|Times|Gazette|Herald|Courier|Tribune|Journal|Chronicle|Telegraph|Wire|News|Review"
          + "|News\\s+Agency|Press\\s+Agency|Broadcasting\\s+Corporation|Radio|TV|Television";

  private static final Pattern HEADED =
      Pattern.compile(
          "\\b(?<name>(?:"
              + WORD
              + "\\s+){1,3}(?<head>"
              + HEADS
              + ")|Radio\\s+"
              + WORD
              + ")\\b(?!\\s+[A-Z])");

  /** The head words HEADED cannot match without: most sentences name no outlet. */
  private static final Keywords HEAD_WORDS = Keywords.requiredBy(HEADED);

  /** "(Newswire) -" after a dateline, "By Newswire staff" in a byline. */
  private static final Pattern DATELINE_OR_BYLINE =
      Pattern.compile(
          "^[A-Z][A-Z .'\\-]{2,40},?[^()\\n]{0,30}\\((?<a>"
              + WORD
              + "(?:\\s+"
              + WORD
              + "){0,3})\\)\\s*[-–—]"
              + "|^By\\s+(?<b>"
              + WORD
              + "(?:\\s+"
              + WORD
              + "){0,3})\\s+(?:staff|reporters|correspondents?)\\b");

  /** First words that make a headline or a section, not an outlet ("Breaking News"). */
  private static final Set<String> NOT_FIRST =
      Set.of(
          "The",
          "A",
          "An",
          "Breaking",
          "Latest",
          "Fake",
          "Good",
          "Bad",
          "More",
          "World",
          "Local",
          "Top",
          "Read",
          "Follow",
          "Share",
          "Live",
          "Business",
          "Sports",
          "Weather",
          "Video",
          "In",
          "On",
          "At",
          "By",
          "For",
          "From",
          "To",
          "Said",
          "Told");

  /** Words that make a post a place or a unit, not a newspaper: "the Tarn Border Post". */
  private static final Pattern NOT_BEFORE_HEAD =
      Pattern.compile("\\b(?:Border|Observation|Command|Police|Army|Military|Trading)\\s+\\S+$");

  /** Heads a report may use alone for the outlet named in full: "told the Gazette". */
  private static final Set<String> SHORT_HEADS =
      Set.of("Post", "Times", "Gazette", "Herald", "Courier", "Tribune", "Journal", "Chronicle");

  /**
   * Candidates for the outlets the sentence names. An outlet in a dateline or byline is made an
   * entity without a mention there: the sentence that follows a dateline tells what others said,
   * and the outlet must not stand as its speaker. Returns the dateline's or byline's outlet, where
   * no other rule may place a mention either.
   */
  Optional<Span> find(
      String text,
      Span sentence,
      Optional<String> publisher,
      EntityRegistry reg,
      List<Candidate> out) {
    List<Candidate> found = new ArrayList<>();
    publisher.ifPresent(p -> publisherNamed(text, sentence, p, found));
    Matcher m =
        HEAD_WORDS.anyIn(text, sentence.start(), sentence.end())
            ? HEADED.matcher(text).region(sentence.start(), sentence.end())
            : null;
    while (m != null && m.find()) {
      int start = m.start("name");
      String name = m.group("name");
      while (name.contains(" ") && NOT_FIRST.contains(name.substring(0, name.indexOf(' ')))) {
        int cut = name.indexOf(' ') + 1;
        start += cut;
        name = name.substring(cut);
      }
      if (!name.contains(" ") || NOT_BEFORE_HEAD.matcher(name).find()) {
        continue; // a head word alone ("News") is no name, nor "Border Post"
      }
      found.add(outlet(new Span(start, start + name.length()), name));
    }
    Matcher d = DATELINE_OR_BYLINE.matcher(text).region(sentence.start(), sentence.end());
    if (d.lookingAt()) {
      String g = d.group("a") != null ? "a" : "b";
      Span span = new Span(d.start(g), d.end(g));
      Candidate c =
          found.stream()
              .filter(x -> x.span().equals(span))
              .findFirst()
              .orElse(outlet(span, d.group(g)));
      found.removeIf(x -> x.span().overlaps(span));
      reg.ensure(c.key(), c.label(), c.type());
      reg.noteName(d.group(g), c.key());
      shortForms(c.label()).forEach(f -> reg.noteName(f, c.key()));
      out.addAll(found);
      return Optional.of(span);
    }
    out.addAll(found);
    return Optional.empty();
  }

  /** The short forms a report uses for an outlet named in full: "the Gazette" for its head. */
  static List<String> shortForms(String name) {
    String head = PersonRules.surname(name);
    if (!name.contains(" ") || !SHORT_HEADS.contains(head)) {
      return List.of();
    }
    return List.of("the " + head, "The " + head);
  }

  private static void publisherNamed(
      String text, Span sentence, String publisher, List<Candidate> out) {
    String name = publisher.startsWith("The ") ? publisher.substring(4) : publisher;
    if (name.length() < 3) {
      return;
    }
    int from = sentence.start();
    int at;
    while ((at = text.indexOf(name, from)) >= 0 && at + name.length() <= sentence.end()) {
      int end = at + name.length();
      if (boundary(text, at - 1) && boundary(text, end)) {
        Candidate c = outlet(new Span(at, end), name);
        out.add(new Candidate(c.span(), c.key(), publisher, c.type(), c.kind(), 4));
      }
      from = end;
    }
  }

  private static Candidate outlet(Span span, String name) {
    String key = "actor/" + Keys.slug(name.startsWith("The ") ? name.substring(4) : name);
    return new Candidate(span, key, name, EntityType.NEWS_OUTLET, MentionKind.NAME, 3);
  }

  private static boolean boundary(String text, int i) {
    return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }
}
