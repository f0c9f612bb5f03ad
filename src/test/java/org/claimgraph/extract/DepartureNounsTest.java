package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimgraph.extract.model.Event;
import org.claimgraph.extract.model.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nouns of leaving are withdrawals when forces or a mission leave, and only then. */
class DepartureNounsTest {

  private static List<Event> withdrawals(String body) {
    return PhrasingFixture.run(body).events().stream()
        .filter(e -> e.type() == EventType.WITHDRAWAL)
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The town emptied after the removal of the United States mission in May.",
        "The departure of French troops from Mali was completed in August.",
        "Officials praised the exit of foreign forces from the city.",
        "The drawdown of US forces began in the spring.",
      })
  void forcesOrAMissionLeaving(String body) {
    assertEquals(1, withdrawals(body).size(), body);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Protesters demanded the removal of the governor of Kandahar.",
        "Workers began the removal of debris from the market in Kabul.",
        "The departure of the president for Geneva was delayed.",
        "The exit of the minister from the coalition surprised many.",
      })
  void peopleOrThingsLeaving(String body) {
    assertEquals(List.of(), withdrawals(body), body);
  }
}
