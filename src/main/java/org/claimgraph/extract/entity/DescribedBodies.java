package org.claimgraph.extract.entity;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.lexicon.PatternGates;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.MentionKind;

/**
 * Bodies a report introduces by what they are rather than by a head word in their name: "the
 * monitoring group Civic Lens", "the commercial provider Orbis", "the Open Orbit project", "the UN
 * human rights office", and local authorities named only by their description ("the county
 * emergency office", "the provincial health directorate", "our regional administration").
 * Thread-safe.
 */
final class DescribedBodies {

  private static final String NAME = "\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*){0,3}";

  /** "the monitoring group Civic Lens": the kind of body, then its name. */
  private static final Pattern KIND_THEN_NAME =
      Pattern.compile(
          "\\b(?:[Tt]he\\s+|[Aa]n?\\s+)?(?:(?:independent|international|local|[\\w-]+-based)\\s+)?"
              + "(?:(?:conflict\\s+|open-source\\s+)?monitoring|human\\s+rights|rights|aid"
              + "|humanitarian|research|advocacy|watchdog|relief|medical|investigative"
              + "|commercial|satellite(?:\\s+imagery)?)\\s+(?:group|organi[sz]ation|charity"
              + "|agency|collective|network|NGO|provider|company|firm)\\s+(?<name>"
              + NAME
              + ")");

  /** "the rebel alliance, the Permanent Strategic Framework": an armed group by its kind. */
  private static final Pattern ARMED_KIND_THEN_NAME =
      Pattern.compile(
          "\\b(?:rebel|armed|militant|insurgent|jihadist|separatist)\\s+(?:group|alliance|coalition"
              + "|movement|militia|faction|organi[sz]ation),?\\s+(?:the\\s+|known\\s+as\\s+(?:the\\s+)?)?"
              + "(?<name>"
              + NAME
              + ")");

  /** "the Open Orbit project": a name before a lower-case word for a venture. */
  private static final Pattern NAME_THEN_PROJECT =
      Pattern.compile("\\b[Tt]he\\s+(?<name>" + NAME + ")\\s+(?:project|initiative)\\b");

  /** "the UN human rights office": a United Nations body by its field. */
  private static final Pattern UN_BODY =
      Pattern.compile(
          "\\bUN\\s+(?:[a-z]+\\s+){1,3}?(?:office|agency|mission|commission|team|committee"
              + "|monitors)\\b");

  /** "the county emergency office": a local authority named by its description. */
  private static final Pattern LOCAL_AUTHORITY =
      Pattern.compile(
          "\\b(?:[Tt]he|[Oo]ur)\\s+(?<what>(?:county|provincial|regional|municipal|district|city"
              + "|local)\\s+(?:[a-z]+\\s+){0,2}?(?:office|directorate|administration|department"
              + "|council))\\b");

  /** The patterns in the order {@link #find} tries them. */
  private static final List<Pattern> PATTERNS =
      List.of(KIND_THEN_NAME, ARMED_KIND_THEN_NAME, NAME_THEN_PROJECT, UN_BODY, LOCAL_AUTHORITY);

  /**
   * Which of the patterns a sentence has the words for, in one pass: most sentences have none, and
   * the patterns tried at every word were a tenth of the extractor's time.
   */
  private static final PatternGates GATES = new PatternGates(PATTERNS);

  /** The pattern's matcher over the sentence, or null when the sentence lacks its words. */
  private static Matcher gated(int index, BitSet admitted, String text, Span sentence) {
    return admitted.get(index)
        ? PATTERNS.get(index).matcher(text).region(sentence.start(), sentence.end())
        : null;
  }

  void find(String text, Span sentence, List<Candidate> out) {
    BitSet admitted = GATES.admitted(text, sentence.start(), sentence.end());
    Matcher m = gated(0, admitted, text, sentence);
    while (m != null && m.find()) {
      String name = m.group("name");
      out.add(body(new Span(m.start(), m.end()), name, EntityType.ORGANIZATION));
    }
    m = gated(1, admitted, text, sentence);
    while (m != null && m.find()) {
      Span name = new Span(m.start("name"), m.end("name"));
      out.add(body(name, m.group("name"), EntityType.ARMED_GROUP));
    }
    m = gated(2, admitted, text, sentence);
    while (m != null && m.find()) {
      String name = m.group("name") + " project";
      out.add(body(new Span(m.start("name"), m.end()), name, EntityType.ORGANIZATION));
    }
    m = gated(3, admitted, text, sentence);
    while (m != null && m.find()) {
      out.add(body(new Span(m.start(), m.end()), m.group(), EntityType.ORGANIZATION));
    }
    m = gated(4, admitted, text, sentence);
    while (m != null && m.find()) {
      String what = m.group("what");
      String label = what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1);
      out.add(body(new Span(m.start(), m.end()), label, EntityType.GOVERNMENT));
    }
  }

  private static Candidate body(Span span, String label, EntityType type) {
    return new Candidate(
        span, "actor/" + Keys.slug(label), label, type, MentionKind.DESCRIPTION, 1);
  }
}
