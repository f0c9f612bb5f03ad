package org.claimgraph.extract.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.lexicon.LexiconFile;
import org.claimgraph.extract.model.Assessment;
import org.claimgraph.extract.model.AssessmentValue;
import org.claimgraph.extract.model.Claim;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.Mention;
import org.claimgraph.extract.model.Sentence;
import org.claimgraph.extract.model.SourceKind;
import org.claimgraph.extract.model.Stance;

/**
 * Finds verification phrases ({@code verification.tsv}) and attaches each to the claim it speaks
 * about: a claim earlier in the same sentence, else the last claim of the previous sentence;
 * footage may speak about the last event instead. Thread-safe.
 */
public final class AssessmentLinker {

  private static final Pattern UNNAMED = UnnamedSources.bundled().several();

  /**
   * All verification phrases as one alternation, tried in lexicon order at each position: one pass
   * over the sentence instead of one per phrase. Group {@code p{i}} is row i of the lexicon.
   */
  private final Pattern phrases;

  private final List<AssessmentValue> values = new ArrayList<>();

  /** The rows' regexes, and for each row its stems (none: always tried). */
  private final List<String> rowPatterns = new ArrayList<>();

  private final List<List<String>> rowStems = new ArrayList<>();

  /**
   * The alternation of only the rows whose stems a sentence has, by the set of rows: rows that
   * cannot match anywhere in the sentence never win a position, so the matches are those of the
   * full alternation, found with fewer phrases tried at each position. Few sets occur.
   */
  private final Map<Long, Alternation> bySubset = new ConcurrentHashMap<>();

  private record Alternation(Pattern pattern, int[] rows) {}

  public AssessmentLinker() {
    StringBuilder alternation = new StringBuilder();
    for (String[] row : LexiconFile.rows("verification.tsv")) {
      Pattern.compile(row[0]); // a bad row fails here, naming itself
      if (alternation.length() > 0) {
        alternation.append('|');
      }
      alternation.append("(?<p").append(values.size()).append('>').append(row[0]).append(')');
      values.add(AssessmentValue.valueOf(row[1]));
      rowPatterns.add(row[0]);
      List<String> own = new ArrayList<>();
      if (row.length > 2 && !row[2].isBlank()) {
        for (String stem : row[2].split(",")) {
          own.add(stem.strip().toLowerCase(java.util.Locale.ROOT));
        }
      }
      rowStems.add(own);
    }
    phrases = Pattern.compile(alternation.toString(), Pattern.CASE_INSENSITIVE);
  }

  /**
   * The alternation of the rows worth trying on this sentence (a row is, when the sentence has one
   * of its stems or it has none), or null when none is: a cheap test before the patterns.
   */
  private Alternation alternationFor(String text, Span ss) {
    if (rowPatterns.size() > Long.SIZE) {
      int[] all = new int[rowPatterns.size()];
      Arrays.setAll(all, i -> i);
      return new Alternation(phrases, all);
    }
    String sentence = text.substring(ss.start(), ss.end()).toLowerCase(java.util.Locale.ROOT);
    long mask = 0;
    for (int i = 0; i < rowPatterns.size(); i++) {
      List<String> own = rowStems.get(i);
      if (own.isEmpty() || own.stream().anyMatch(sentence::contains)) {
        mask |= 1L << i;
      }
    }
    return mask == 0 ? null : bySubset.computeIfAbsent(mask, this::compile);
  }

  private Alternation compile(long mask) {
    StringBuilder alternation = new StringBuilder();
    int[] rows = new int[Long.bitCount(mask)];
    int n = 0;
    for (int i = 0; i < rowPatterns.size(); i++) {
      if ((mask & (1L << i)) != 0) {
        if (alternation.length() > 0) {
          alternation.append('|');
        }
        alternation.append("(?<p").append(i).append('>').append(rowPatterns.get(i)).append(')');
        rows[n++] = i;
      }
    }
    return new Alternation(Pattern.compile(alternation.toString(), Pattern.CASE_INSENSITIVE), rows);
  }

  private AssessmentValue valueOf(Matcher m, int[] rows) {
    for (int i : rows) {
      if (m.start("p" + i) >= 0) {
        return values.get(i);
      }
    }
    throw new IllegalStateException("a match belongs to one phrase");
  }

  public List<Assessment> link(
      String text,
      Sentence sentence,
      List<Mention> mentions,
      EntityRegistry reg,
      List<Claim> claims,
      List<Event> events,
      int firstIndex) {
    Span ss = sentence.span();
    List<Assessment> out = new ArrayList<>();
    List<Span> used = new ArrayList<>();
    Alternation tried = alternationFor(text, ss);
    if (tried == null) {
      return out;
    }
    Matcher m = tried.pattern().matcher(text).region(ss.start(), ss.end());
    while (m.find()) {
      AssessmentValue value = valueOf(m, tried.rows());
      Span ev = new Span(m.start(), m.end());
      if (used.stream().anyMatch(u -> u.overlaps(ev))) {
        continue;
      }
      OptionalInt claim = target(claims, sentence, ev, value);
      OptionalInt event = OptionalInt.empty();
      if (value == AssessmentValue.SHOWN_BY_FOOTAGE && claim.isEmpty()) {
        event = lastEvent(events, sentence);
      }
      if (claim.isEmpty() && event.isEmpty()) {
        continue;
      }
      used.add(ev);
      Optional<String> author = Optional.empty();
      SourceKind kind = SourceKind.REPORTING_OUTLET;
      Matcher u = UNNAMED.matcher(text).region(ss.start(), ss.end());
      if (value == AssessmentValue.CONFIRMED || value == AssessmentValue.REPORTED_BY_SEVERAL) {
        if (u.find()) {
          kind = SourceKind.UNNAMED_SOURCES;
        }
      }
      if (value == AssessmentValue.DISPUTED) {
        author = subjectBefore(mentions, reg, ss, ev);
      }
      if (author.isEmpty()) {
        // "was confirmed by the Red Crescent", "disputed by the government": the agent names who.
        author = agentAfter(text, mentions, reg, ev, ss);
      }
      if (author.isPresent()) {
        kind = SourceKind.NAMED;
      }
      out.add(
          new Assessment(
              firstIndex + out.size(), claim, event, value, author, kind, ev.quote(text), ev));
    }
    return out;
  }

  /**
   * A denial disputes what someone else said just before: "The rebels said they held the town. The
   * army denied it." Each new denial becomes a DISPUTED assessment, by the denier, of the latest
   * earlier claim of another speaker in the last three sentences.
   */
  public List<Assessment> denials(List<Claim> found, List<Claim> all, int firstIndex) {
    List<Assessment> out = new ArrayList<>();
    for (Claim d : found) {
      if (d.stance() != Stance.DENIES) {
        continue;
      }
      for (int i = all.size() - 1; i >= 0; i--) {
        Claim c = all.get(i);
        boolean earlier =
            c.index() != d.index()
                && c.content().end() <= Math.min(d.cueSpan().start(), d.content().start())
                && c.sentenceIndex() >= d.sentenceIndex() - 3;
        boolean otherSpeaker =
            !(c.claimantKey().isPresent() && c.claimantKey().equals(d.claimantKey()))
                && c.stance() != Stance.DENIES;
        if (earlier && otherSpeaker) {
          out.add(
              new Assessment(
                  firstIndex + out.size(),
                  OptionalInt.of(c.index()),
                  OptionalInt.empty(),
                  AssessmentValue.DISPUTED,
                  d.claimantKey(),
                  d.claimantKey().isPresent() ? SourceKind.NAMED : d.claimantKind(),
                  d.cue(),
                  // The denial's words in whichever order they come ("…, X denied" too).
                  new Span(
                      Math.min(
                          d.claimantSpan().start(),
                          Math.min(d.cueSpan().start(), d.content().start())),
                      Math.max(
                          d.claimantSpan().end(),
                          Math.max(d.cueSpan().end(), d.content().end())))));
          break;
        }
      }
    }
    return out;
  }

  /** The claim spoken about: in this sentence before the phrase, else the previous sentence's. */
  private static OptionalInt target(List<Claim> claims, Sentence s, Span ev, AssessmentValue v) {
    for (int i = claims.size() - 1; i >= 0; i--) {
      Claim c = claims.get(i);
      if (c.sentenceIndex() == s.index()) {
        boolean confirmsItself =
            (v == AssessmentValue.CONFIRMED || v == AssessmentValue.REPORTED_BY_SEVERAL)
                && c.cueSpan().overlaps(ev);
        if (confirmsItself || c.cueSpan().end() <= ev.start()) {
          return OptionalInt.of(c.index());
        }
      }
    }
    // Else the last claim of the previous sentence ("… , he said. The claim could not be
    // verified.").
    for (int i = claims.size() - 1; i >= 0; i--) {
      Claim c = claims.get(i);
      if (c.sentenceIndex() == s.index() - 1) {
        return OptionalInt.of(c.index());
      }
    }
    return OptionalInt.empty();
  }

  private static Optional<String> agentAfter(
      String text, List<Mention> mentions, EntityRegistry reg, Span ev, Span ss) {
    int by = text.indexOf(" by ", ev.start());
    if (by < 0 || by > ev.end() + 4 || by >= ss.end()) {
      return Optional.empty();
    }
    for (Mention m : mentions) {
      if (m.span().start() > by
          && m.span().start() - by <= 12
          && reg.typeOf(m.entityKey()).map(EntityType::isActor).orElse(false)) {
        return Optional.of(m.entityKey());
      }
    }
    return Optional.empty();
  }

  private static OptionalInt lastEvent(List<Event> events, Sentence s) {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i).sentenceIndex() >= s.index() - 1) {
        return OptionalInt.of(events.get(i).index());
      }
    }
    return OptionalInt.empty();
  }

  private static Optional<String> subjectBefore(
      List<Mention> mentions, EntityRegistry reg, Span ss, Span ev) {
    Optional<String> found = Optional.empty();
    for (Mention m : mentions) {
      if (m.span().end() <= ev.start()
          && ev.start() - m.span().end() <= 25
          && reg.typeOf(m.entityKey()).map(EntityType::isActor).orElse(false)) {
        found = Optional.of(m.entityKey());
      }
    }
    return found;
  }
}
