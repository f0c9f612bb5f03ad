package org.claimgraph.extract.claim;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Mention;

/**
 * The turns of a transcript: a paragraph opened by its speaker's label, either a name in capitals
 * ("MARKOVA: …") or a role ("Spokesman: …", "Question: …", "Q: …", "A: …"). A role names no one, so
 * the speaker is the person the introduction gave that role ("the ministry spokesman, Colonel
 * NAME"), else the first person the transcript names: the briefer. Stateless.
 */
final class TranscriptTurns {

  /** What a turn is: who speaks in it, and where its label is. */
  record Turn(Optional<String> speakerKey, boolean question, Span label) {}

  /**
   * A label in capitals: "MARKOVA:", "LENA MARKOVA:", with a role or a name in brackets: "KARIN OST
   * (Interior Minister):", "CORRESPONDENT (LENA VARGA):".
   */
  private static final Pattern NAME_LABEL =
      Pattern.compile(
          "^(?:[A-Z][A-Z.'-]+\\s+){0,3}(?<last>[A-Z][A-Z'-]{2,})\\s*"
              + "(?:\\((?<inner>[^)\\n]{1,60})\\)\\s*)?:");

  /** A name in capitals inside a label's brackets: "(LENA VARGA)". */
  private static final Pattern NAME_IN_CAPITALS =
      Pattern.compile("(?:[A-Z][A-Z.'-]+\\s+){0,3}(?<last>[A-Z][A-Z'-]{2,})");

  /** A role label, with an optional affiliation in brackets: "Question (Radio X):", "A:". */
  private static final Pattern ROLE_LABEL =
      Pattern.compile(
          "^(?<role>[A-Z][A-Za-z]*(?:\\s+[A-Za-z]+)?)\\s*(?:\\([^)\\n]{0,60}\\)\\s*)?:\\s",
          Pattern.UNICODE_CASE);

  /** Labels of the one who asks; the words of a question are no statement of the briefer. */
  private static final Set<String> ASKING =
      Set.of("q", "question", "questions", "journalist", "reporter", "audience", "interviewer");

  /** Labels of the one who answers, by the role the introduction gives them. */
  private static final Set<String> ANSWERING =
      Set.of(
          "a",
          "answer",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "briefer",
          "minister",
          "ambassador",
          "official",
          "commander",
          "general",
          "colonel",
          "president",
          "governor",
          "envoy",
          "coordinator",
          "representative");

  private TranscriptTurns() {}

  /** The turn holding {@code sentence}, when its paragraph opens with a speaker's label. */
  static Optional<Turn> of(String text, Span sentence, EntityRegistry reg) {
    int para = text.lastIndexOf("\n\n", sentence.start());
    int from = para < 0 ? 0 : para + 2;
    int to = Math.min(text.length(), from + 80);
    Matcher n = NAME_LABEL.matcher(text).region(from, to);
    if (n.lookingAt()) {
      String inner = n.group("inner");
      Matcher named = inner == null ? null : NAME_IN_CAPITALS.matcher(inner.strip());
      if (named != null && named.matches()) {
        // "CORRESPONDENT (LENA VARGA):": a role speaks, and the brackets name who holds it.
        return Optional.of(
            new Turn(bySurname(named.group("last"), reg), false, new Span(n.start(), n.end())));
      }
      String word = n.group("last");
      if (ASKING.contains(word.toLowerCase(Locale.ROOT))) {
        return Optional.of(new Turn(Optional.empty(), true, new Span(n.start(), n.end())));
      }
      if (!ANSWERING.contains(word.toLowerCase(Locale.ROOT))) {
        return Optional.of(new Turn(bySurname(word, reg), false, new Span(n.start(), n.end())));
      }
    }
    Matcher r = ROLE_LABEL.matcher(text).region(from, to);
    if (!r.lookingAt()) {
      return Optional.empty();
    }
    String role = r.group("role").toLowerCase(Locale.ROOT);
    Span label = new Span(r.start(), r.end() - 1);
    if (ASKING.contains(role)) {
      return Optional.of(new Turn(Optional.empty(), true, label));
    }
    String last = role.substring(role.lastIndexOf(' ') + 1);
    if (!ANSWERING.contains(role) && !ANSWERING.contains(last)) {
      return Optional.empty();
    }
    return Optional.of(new Turn(byRole(text, last, from, reg), false, label));
  }

  private static Optional<String> bySurname(String surname, EntityRegistry reg) {
    for (Mention m : reg.mentions()) {
      if (isPerson(reg, m) && m.entityKey().endsWith("-" + surname.toLowerCase(Locale.ROOT))) {
        return Optional.of(m.entityKey());
      }
    }
    return Optional.empty();
  }

  /**
   * The person given the role before the turn ("the defence ministry spokesman, Colonel NAME"),
   * else the first person named before it.
   */
  private static Optional<String> byRole(
      String text, String role, int turnStart, EntityRegistry reg) {
    List<Mention> all = reg.mentions();
    Optional<String> first = Optional.empty();
    for (Mention m : all) {
      if (m.span().start() >= turnStart || !isPerson(reg, m)) {
        continue;
      }
      if (first.isEmpty()) {
        first = Optional.of(m.entityKey());
      }
      int from = Math.max(0, m.span().start() - 60);
      String before = text.substring(from, m.span().start()).toLowerCase(Locale.ROOT);
      if (role.length() > 1 && !role.equals("answer") && before.contains(role)) {
        return Optional.of(m.entityKey());
      }
    }
    return first;
  }

  private static boolean isPerson(EntityRegistry reg, Mention m) {
    return reg.typeOf(m.entityKey()).orElse(EntityType.OTHER) == EntityType.PERSON;
  }
}
