package io.trazo.ledger.event;

import java.util.List;
import java.util.Objects;

/**
 * One element of an event as the pre-hash string sees it: a name (a JSON member name, with any
 * declared prefix written as {@code {namespace}}), a scalar text (empty for objects), and children.
 * This is the XML-shaped model CBV 2.0 §8.9 is written against: list members are named after
 * their list ({@code epcList} holds {@code epc} elements) and arrays become repeated elements.
 */
record PreHashNode(String name, String text, List<PreHashNode> children, boolean canonical) {

    /**
     * @param canonical whether {@code text} is already what {@link CanonicalValues#value} makes of it:
     *     a JSON number, which {@link EventTree} writes in its canonical form, so that the writer does
     *     not parse and format it a second time
     */
    PreHashNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(children, "children");
    }

    /** A node with a copy of {@code children}. */
    PreHashNode(String name, String text, List<PreHashNode> children) {
        this(name, text, List.copyOf(children), false);
    }

    /**
     * An object's node that keeps {@code children} itself: {@link EventTree} builds each list once and
     * never changes it after handing it over, and copying every object's list was an eighth of the
     * tree's cost.
     */
    static PreHashNode object(String name, List<PreHashNode> children) {
        return new PreHashNode(name, "", children, false);
    }

    static PreHashNode leaf(String name, String text) {
        return new PreHashNode(name, text, List.of(), false);
    }

    /** A leaf whose text is a number in the pre-hash string's own canonical form. */
    static PreHashNode number(String name, String text) {
        return new PreHashNode(name, text, List.of(), true);
    }

    PreHashNode renamed(String newName) {
        return new PreHashNode(newName, text, children, canonical);
    }
}
