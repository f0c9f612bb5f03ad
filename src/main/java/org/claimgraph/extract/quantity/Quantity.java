package org.claimgraph.extract.quantity;

import java.math.BigDecimal;
import java.util.Optional;
import org.claimgraph.extract.Span;

/**
 * A quantity found in text.
 *
 * @param span where it is, offsets into the text given to the extractor
 * @param kind what it measures
 * @param value the number: a fraction in [0, 1] for proportions ("85%" is 0.85), the amount
 *     otherwise
 * @param unit ISO 4217 currency for money ("USD"), the counted noun for counts ("district"), the
 *     time unit for durations ("month"), empty for proportions
 * @param approximation how the number relates to the true one
 * @param per the period of a rate, e.g. "month" for "$20 million per month"
 */
public record Quantity(
    Span span,
    QuantityKind kind,
    BigDecimal value,
    String unit,
    Approximation approximation,
    Optional<String> per) {}
