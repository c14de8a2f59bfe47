package io.trazo.ledger.event;

import java.util.List;
import java.util.Objects;

/**
 * One element of an event as the pre-hash string sees it: a name (a JSON member name, with any
 * declared prefix written as {@code {namespace}}), a scalar text (empty for objects), and children.
 * This is the XML-shaped model CBV 2.0 §8.9 is written against: list members are named after
 * their list ({@code epcList} holds {@code epc} elements) and arrays become repeated elements.
 */
record PreHashNode(String name, String text, List<PreHashNode> children) {

    PreHashNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        children = List.copyOf(children);
    }

    static PreHashNode leaf(String name, String text) {
        return new PreHashNode(name, text, List.of());
    }

    PreHashNode renamed(String newName) {
        return new PreHashNode(newName, text, children);
    }
}
