package org.claimgraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Datelines of wire, agency and newspaper styles, and openings that only look like them. */
class DatelineTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "KALDER, Velsia (AP) - Hundreds of soldiers fled.|KALDER|AP",
        "NIAMEY, May 6 (Sahel Wire) - The group said.|NIAMEY|Sahel Wire",
        "KYIV/MOSCOW, Aug 15 (Eastern European Wire) - Ukrainian forces said.|KYIV;MOSCOW|Eastern European Wire",
        "GOMA, Democratic Republic of Congo (WNN) — M23 rebels said.|GOMA|WNN",
        "NAIROBI, Kenya, May 3 (Reuters) - Police said.|NAIROBI|Reuters",
        "WASHINGTON (Reuters) - The State Department said.|WASHINGTON|Reuters",
        "EL FASHER, Sudan — Residents said.|EL FASHER|",
        "PELLHAM - Residents who crossed said.|PELLHAM|",
        "Kabul (AFP) - The Taliban said.|Kabul|AFP",
      })
  void readsTheTownsTheAgencyAndWhereTheStoryStarts(String line, String towns, String agency) {
    Dateline d = Dateline.at(line, 0, line.length()).orElseThrow(() -> new AssertionError(line));
    assertEquals(
        List.of(towns.split(";")), d.places().stream().map(s -> s.quote(line)).toList(), line);
    assertEquals(
        Optional.ofNullable(agency), d.agency().map(s -> s.quote(line)), line + ": the agency");
    assertTrue(Character.isUpperCase(line.charAt(d.end())), line.substring(d.end()));
    assertEquals(d.end(), Dateline.skip(line, 0, line.length()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NATO said on Friday - in a statement - that it would respond.",
        "The army - which denies it - said nothing.",
        "UN - backed forces entered the town.",
        "Kabul - the capital - fell in August.",
        "RSF fighters - more than 200 - surrendered.",
        "Hundreds of soldiers fled across the border.",
      })
  void isNoDatelineWhereTheSentenceAlreadyTellsSomething(String line) {
    assertEquals(Optional.empty(), Dateline.at(line, 0, line.length()), line);
    assertEquals(0, Dateline.skip(line, 0, line.length()));
  }
}
