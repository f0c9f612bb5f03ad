package org.claimgraph.extract.claim;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.claimgraph.extract.entity.EntityRegistry;
import org.claimgraph.extract.model.EntityType;
import org.claimgraph.extract.model.Mention;
import org.claimgraph.extract.model.MentionKind;
import org.claimgraph.extract.model.SourceKind;

/**
 * Later references to a source the report did not name: "said a doctor who works at the hospital.
 * He said …" (the doctor, not the last person named), ", most of them say," (the analysts just
 * quoted).
 */
final class SourceReferences {

  /** One person described: "a doctor", "an army spokesman", "the officer". */
  private static final Pattern ONE_PERSON =
      Pattern.compile("^(?:an?|one|another|the)\\s", Pattern.CASE_INSENSITIVE);

  private SourceReferences() {}

  /** The draft with its claimant resolved when it is "he"/"she" or "most of them". */
  static ClaimDraft resolve(String text, ClaimDraft d, EntityRegistry reg, ClaimFinder.Memory m) {
    String words = d.claimantSpan().quote(text).toLowerCase(Locale.ROOT);
    if ((words.equals("he") || words.equals("she")) && m.lastDescribedPerson.isPresent()) {
      ClaimantResolver.Claimant source = m.lastDescribedPerson.get();
      if (source.span().start() > lastNamedPersonBefore(reg, d.claimantSpan().start())) {
        return withClaimant(d, source);
      }
    }
    if (ClaimantResolver.SOME_OF_THEM.matcher(words + " ").find() && m.lastClaimant.isPresent()) {
      ClaimantResolver.Claimant before = m.lastClaimant.get();
      return withClaimant(
          d, new ClaimantResolver.Claimant(before.key(), before.kind(), before.span()));
    }
    return d;
  }

  /** Whether the claimant is an unnamed source described as one person. */
  static boolean describesOnePerson(String text, ClaimDraft d) {
    if (d.claimantKind() != SourceKind.UNNAMED_SOURCES || d.claimantSpan().length() == 0) {
      return false;
    }
    String words = d.claimantSpan().quote(text);
    return ONE_PERSON.matcher(words).lookingAt() && !words.endsWith("s");
  }

  static ClaimDraft withClaimant(ClaimDraft d, ClaimantResolver.Claimant who) {
    return new ClaimDraft(
        who.key(),
        who.kind(),
        who.span(),
        d.cue(),
        d.cueSpan(),
        d.stance(),
        d.content(),
        d.sentenceIndex());
  }

  private static int lastNamedPersonBefore(EntityRegistry reg, int before) {
    List<Mention> all = reg.mentions();
    for (int i = all.size() - 1; i >= 0; i--) {
      Mention x = all.get(i);
      if (x.span().start() < before
          && x.kind() != MentionKind.PRONOUN
          && reg.typeOf(x.entityKey()).orElse(EntityType.OTHER) == EntityType.PERSON) {
        return x.span().start();
      }
    }
    return -1;
  }
}
