package org.claimgraph.extract.claim;

import java.util.Optional;
import org.claimgraph.extract.Span;
import org.claimgraph.extract.model.SourceKind;
import org.claimgraph.extract.model.Stance;

/** A claim found in a sentence before it is numbered and its content parsed. */
record ClaimDraft(
    Optional<String> claimantKey,
    SourceKind claimantKind,
    Span claimantSpan,
    String cue,
    Span cueSpan,
    Stance stance,
    Span content,
    int sentenceIndex) {}
