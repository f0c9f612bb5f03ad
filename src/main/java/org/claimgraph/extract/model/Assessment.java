package org.claimgraph.extract.model;

import java.util.Optional;
import java.util.OptionalInt;
import org.claimgraph.extract.Span;

/**
 * A judgement the text passes on a claim ("this claim is impossible to verify independently", "the
 * government disputes it") or on a reported event ("video footage showed …").
 *
 * @param index number of the assessment in the article, from 0
 * @param claimIndex the claim it speaks about, when it speaks about a claim
 * @param eventIndex the event it speaks about, when it speaks about an event and not a claim
 * @param value what it says
 * @param authorKey the entity that assesses, when named
 * @param authorKind who assesses: a named entity, the outlet itself, or unnamed sources
 * @param cue the verification phrase as written
 * @param evidence the words of the assessment
 */
public record Assessment(
    int index,
    OptionalInt claimIndex,
    OptionalInt eventIndex,
    AssessmentValue value,
    Optional<String> authorKey,
    SourceKind authorKind,
    String cue,
    Span evidence) {}
