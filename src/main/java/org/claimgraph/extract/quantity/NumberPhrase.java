package org.claimgraph.extract.quantity;

import java.math.BigDecimal;

/**
 * A number read from tokens: "1,500", "1.5bn", "a hundred and fifty", "tens of thousands",
 * "two-thirds".
 *
 * @param value the number (a fraction in [0, 1] for {@link Form#FRACTION})
 * @param end index of the token after the number
 * @param form how it was written, which decides what it may be
 * @param yearLike four digits that read as a year ("2021")
 * @param loneOne the bare word "one", too often a pronoun ("one of the largest") to be a count
 */
record NumberPhrase(BigDecimal value, int end, Form form, boolean yearLike, boolean loneOne) {

  enum Form {
    DIGITS,
    WORDS,
    /** A plural multiple with no exact value: "dozens", "tens of thousands". */
    VAGUE,
    FRACTION
  }
}
