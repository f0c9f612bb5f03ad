package org.claimgraph.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** First name and surname as the words {@code strip().split("\\s+")} gives, on any spacing. */
class PersonNamePartsTest {

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "Maria",
            "Zakharova",
            "al-",
            "O’Neil",
            "İsmail",
            " ",
            "  ",
            "\t",
            "\n",
            "\u000B",
            "\u00A0",
            "\u2003",
            "\u001C",
            "x");
    return piece.list().ofMaxSize(8).map(l -> String.join("", l));
  }

  @Property(tries = 2000)
  void partsAreTheSplitWords(@ForAll("names") String name) {
    String[] words = name.strip().split("\\s+");
    assertEquals(words[words.length - 1], PersonRules.surname(name), name);
    assertEquals(words[0].toLowerCase(Locale.ROOT), PersonRules.firstName(name), name);
  }
}
