package io.trazo.mongo;

import java.util.List;

/**
 * The EPCIS event fields that queries select on inside the store (EPCIS 2.0 §8.2.7.1). All but
 * {@link #BIZ_STEP} are entries {@code "<name>=<value>"} of one string array, {@link EventAttributes#FIELD},
 * under one index (the attribute pattern, docs/operations.md §EPCIS queries); {@code bizStep} keeps its own
 * top-level field and {@code {bizStep, time}} index, which {@code /records?bizStep=} uses too. Every field
 * holds exact strings, so a selection is an equality or {@code $in} on indexed entries; a field with several
 * values (an EPC list) has an entry per value, and matches when any does, which is EPCIS's rule for
 * {@code MATCH_*}. Written once here, by {@link EventAttributes}, and read by {@link EventQueries}.
 */
public enum EventField {
    EVENT_TYPE("eventType"),
    ACTION("action"),
    /** The CBV 2.0 URI form, in the record's top-level {@code bizStep}, as it has always been stored. */
    BIZ_STEP(),
    /** The CBV 2.0 URI form (bare CBV words expanded). */
    DISPOSITION("disposition"),
    READ_POINT("readPoint"),
    BIZ_LOCATION("bizLocation"),
    /** {@code epcList} and {@code childEPCs}. */
    EPC("epc"),
    PARENT_ID("parentID"),
    INPUT_EPC("inputEPC"),
    OUTPUT_EPC("outputEPC"),
    /** The classes of {@code quantityList} and {@code childQuantityList}. */
    EPC_CLASS("epcClass"),
    INPUT_EPC_CLASS("inputEPCClass"),
    OUTPUT_EPC_CLASS("outputEPCClass"),
    /** Every instance-level identifier the event names: the entries of EPC, PARENT_ID, INPUT_EPC and OUTPUT_EPC, none of its own. */
    ANY_EPC("epc", "parentID", "inputEPC", "outputEPC"),
    /** Every class-level identifier the event names: the entries of EPC_CLASS, INPUT_EPC_CLASS and OUTPUT_EPC_CLASS. */
    ANY_EPC_CLASS("epcClass", "inputEPCClass", "outputEPCClass"),
    /** The record's CBV 2.0 event hash ID and, if the event embeds one, its own {@code eventID}. */
    EVENT_ID("eventID"),
    TRANSFORMATION_ID("transformationID");

    /** The top-level field {@link #BIZ_STEP} is stored in. */
    static final String BIZ_STEP_FIELD = "bizStep";

    private final List<String> names;

    EventField(String... names) {
        this.names = List.of(names);
    }

    /**
     * The entry names this field's values are stored under in {@link EventAttributes#FIELD} (several for the
     * any-role fields, which select on every role's entries); empty for {@link #BIZ_STEP}, a field of its own.
     */
    List<String> names() {
        return names;
    }
}
