package org.claimgraph.extract.claim;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.model.Mention;
import org.claimgraph.extract.model.Stance;

/**
 * A speaker who says that its own side is urging something urges it: "the ministry's spokeswoman
 * stated that Moscow is urging all sides to show restraint", "he said we are calling on the UN to
 * act". The reporting verb alone ("stated", "said") would make it an assertion. Stateless.
 */
final class OwnSideStance {

  /**
   * What follows the subject: "(is) (currently) urging", "are calling on", "has been appealing".
   */
  private static final Pattern URGING =
      Pattern.compile(
          "\\s+(?:(?:is|are|was|were|has\\s+been|have\\s+been)\\s+)?"
              + "(?:(?:currently|now|still|again|also)\\s+)?"
              + "(?:urging|calling\\s+on|calling\\s+for|appealing\\s+to|appealing\\s+for)\\b");

  private static final Pattern WE = Pattern.compile("\\s*[Ww]e\\b");
  private static final Pattern SUBJECT_LEAD = Pattern.compile("\\s*(?:[Tt]he\\s+)?");

  private OwnSideStance() {}

  static Stance of(String text, ClaimDraft d, List<Mention> mentions, EntityRegistry reg) {
    if (d.stance() != Stance.ASSERTS) {
      return d.stance();
    }
    Span content = d.content();
    int subjectEnd = -1;
    Matcher we = WE.matcher(text).region(content.start(), content.end());
    if (we.lookingAt()) {
      subjectEnd = we.end();
    } else {
      Optional<Mention> subject =
          mentions.stream()
              .filter(m -> content.contains(m.span()))
              .filter(
                  m ->
                      SUBJECT_LEAD
                          .matcher(text)
                          .region(content.start(), m.span().start())
                          .matches())
              .findFirst();
      if (subject.isPresent()
          && d.claimantKey()
              .map(c -> Sides.same(subject.get().entityKey(), c, reg))
              .orElse(false)) {
        subjectEnd = subject.get().span().end();
      }
    }
    if (subjectEnd < 0) {
      return d.stance();
    }
    return URGING.matcher(text).region(subjectEnd, content.end()).lookingAt()
        ? Stance.URGES
        : d.stance();
  }
}
