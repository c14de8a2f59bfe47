package io.trazo.ledger.log;

/** Golden leaf hash of {@code CoffeeJourney.records().get(0)}: changes only with a new leaf version. */
final class PinnedLeaf {

    static final String FIRST_JOURNEY_RECORD = "3609295f4f4b2223dffa485d120cadffce96efeaec096f6654b345f7c4298cc0";

    private PinnedLeaf() {}
}
