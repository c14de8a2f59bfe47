package io.trazo.mongo;

/**
 * The EPCIS event fields that queries select on inside the store (EPCIS 2.0 §8.2.7.1), each with the
 * {@code records} document field that holds it: written once here, by {@link EventProjection}, and read
 * by {@link LedgerQueries}. Every one holds exact strings, so a selection is an equality or {@code $in}
 * on an indexed field; array-valued fields match when any element does, which is EPCIS's rule for
 * {@code MATCH_*}.
 */
public enum EventField {
    EVENT_TYPE("q.eventType"),
    ACTION("q.action"),
    /** The CBV 2.0 URI form, as {@code bizStep} has always been stored (the {@code {bizStep, time}} index). */
    BIZ_STEP("bizStep"),
    /** The CBV 2.0 URI form (bare CBV words expanded). */
    DISPOSITION("q.disposition"),
    READ_POINT("q.readPoint"),
    BIZ_LOCATION("q.bizLocation"),
    /** {@code epcList} and {@code childEPCs}. */
    EPC("q.epc"),
    PARENT_ID("q.parentID"),
    INPUT_EPC("q.inputEPC"),
    OUTPUT_EPC("q.outputEPC"),
    /** The classes of {@code quantityList} and {@code childQuantityList}. */
    EPC_CLASS("q.epcClass"),
    INPUT_EPC_CLASS("q.inputEPCClass"),
    OUTPUT_EPC_CLASS("q.outputEPCClass"),
    /** Every instance-level identifier the event names: EPC, PARENT_ID, INPUT_EPC, OUTPUT_EPC together. */
    ANY_EPC("q.anyEPC"),
    /** Every class-level identifier the event names: EPC_CLASS, INPUT_EPC_CLASS, OUTPUT_EPC_CLASS together. */
    ANY_EPC_CLASS("q.anyEPCClass"),
    /** The record's CBV 2.0 event hash ID and, if the event embeds one, its own {@code eventID}. */
    EVENT_ID("q.eventID"),
    TRANSFORMATION_ID("q.transformationID");

    private final String path;

    EventField(String path) {
        this.path = path;
    }

    /** The dotted document path of this field in {@code records}. */
    public String path() {
        return path;
    }
}
