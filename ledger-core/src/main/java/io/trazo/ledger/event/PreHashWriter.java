package io.trazo.ledger.event;

import io.trazo.ledger.event.CanonicalOrder.Field;
import io.trazo.ledger.event.CanonicalOrder.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes the CBV 2.0 §8.9 pre-hash string from {@link PreHashNode}s: fields in
 * {@link CanonicalOrder}, {@code name=value} without separators, repeated elements sorted, and
 * whatever the order does not name (extensions, {@code ilmd}, the typed lists) written generically
 * and sorted, at the end of the enclosing element.
 */
final class PreHashWriter {

    /**
     * Case-sensitive order by Unicode code point, which is the order of the UTF-8 bytes. UTF-16 code
     * units are in that order as long as neither differing unit is a surrogate, so chars are compared
     * directly and code points are decoded only then.
     */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                return Character.isSurrogate(ca) || Character.isSurrogate(cb) ? byCodePoint(a, b) : Character.compare(ca, cb);
            }
        }
        return Integer.compare(a.length(), b.length());
    };

    private static int byCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * Room for one written element, such as a quantity element with its Digital Link class (about 100
     * chars): builders of the default 16 chars grew two or three times for each.
     */
    private static final int ELEMENT_SIZE_HINT = 160;

    private PreHashWriter() {}

    static String write(String eventType, List<PreHashNode> eventChildren) {
        StringBuilder out = new StringBuilder(512).append("eventType=").append(eventType);
        boolean[] placed = ordered(eventChildren, CanonicalOrder.EVENT, out);
        List<String> tail = null;
        for (int i = 0; i < eventChildren.size(); i++) {
            if (placed == null || !placed[i]) {
                PreHashNode node = eventChildren.get(i);
                if (tail == null) {
                    tail = new ArrayList<>(eventChildren.size() - i);
                }
                tail.add(!isExpanded(node.name()) && CanonicalOrder.TYPED_LISTS.contains(node.name()) ? typedList(node) : generic(node));
            }
        }
        if (tail != null) {
            appendSorted(tail, out);
        }
        return out.toString();
    }

    /**
     * Writes to {@code out} every node the order names, field by field, and returns which nodes it
     * wrote (null for none), so that the caller writes the others generically. Each node's field is
     * looked up by name once ({@link CanonicalOrder#positions}), rather than every field scanning
     * every node; nodes are then visited in field order, then in their own. Most fields occur once or
     * not at all: a single node is written straight to {@code out}, and a list to sort is made only
     * for a repeat. The nodes are marked rather than copied and removed: the copy and the removals
     * were a visible share of the pre-hash.
     */
    private static boolean[] ordered(List<PreHashNode> nodes, List<Field> order, StringBuilder out) {
        Map<String, Integer> positions = CanonicalOrder.positions(order);
        int n = nodes.size();
        long[] placed = null;
        int count = 0;
        for (int i = 0; i < n; i++) {
            PreHashNode node = nodes.get(i);
            Integer position = isExpanded(node.name()) ? null : positions.get(node.name());
            if (position != null && takes(order.get(position), node)) {
                if (placed == null) {
                    placed = new long[n - i];
                }
                placed[count++] = ((long) position << 32) | i;
            }
        }
        if (count == 0) {
            return null;
        }
        Arrays.sort(placed, 0, count);
        boolean[] written = new boolean[n];
        for (int k = 0; k < count; ) {
            int position = (int) (placed[k] >>> 32);
            Field field = order.get(position);
            int end = k + 1;
            while (end < count && (int) (placed[end] >>> 32) == position) {
                end++;
            }
            if (end - k == 1) {
                appendField(nodes.get((int) placed[k]), field, out);
            } else {
                List<String> repeated = new ArrayList<>(end - k);
                for (int j = k; j < end; j++) {
                    String text = field(nodes.get((int) placed[j]), field);
                    if (!text.isEmpty()) {
                        repeated.add(text);
                    }
                }
                appendSorted(repeated, out);
            }
            for (int j = k; j < end; j++) {
                written[(int) placed[j]] = true;
            }
            k = end;
        }
        return written;
    }

    /**
     * Whether {@code name} is a prefixed name expanded to {@code {namespace}local}, which no order and
     * no typed list names. Such a name is built afresh for every event, so a lookup would first hash
     * all of it: skipping the lookups for the extension members of a v2 event saved more than the
     * lookups themselves cost elsewhere.
     */
    private static boolean isExpanded(String name) {
        return !name.isEmpty() && name.charAt(0) == '{';
    }

    /** Whether {@code field} places {@code node}; a non-group field leaves a node with children to the tail. */
    private static boolean takes(Field field, PreHashNode node) {
        return node.name().equals(field.name()) && (field.kind() == Kind.GROUP || node.children().isEmpty());
    }

    private static String field(PreHashNode node, Field field) {
        StringBuilder written = new StringBuilder(ELEMENT_SIZE_HINT);
        appendField(node, field, written);
        return written.toString();
    }

    /** Appends {@code name[=value]} and the ordered children, or nothing if all of them are empty. */
    private static void appendField(PreHashNode node, Field field, StringBuilder out) {
        String text;
        if (node.canonical() && field.kind() != Kind.TIMESTAMP) {
            text = node.text();
        } else {
            text = CanonicalValues.strip(node.text());
            if (!text.isEmpty()) {
                text = field.kind() == Kind.TIMESTAMP ? timestamp(node.name(), text) : CanonicalValues.value(text);
            }
        }
        int start = out.length();
        out.append(node.name());
        int named = out.length();
        if (!text.isEmpty()) {
            out.append('=').append(text);
        }
        if (field.kind() == Kind.GROUP && !node.children().isEmpty()) {
            genericAll(node.children(), ordered(node.children(), field.children(), out), out);
        }
        if (out.length() == named) {
            out.setLength(start);
        }
    }

    private static String timestamp(String name, String text) {
        return EventTimestamps.normalise(text).orElseThrow(
                () -> EventHashException.invalidValue(name, "an xsd:dateTime", "'" + text + "'"));
    }

    /** {@code name[=value]} followed by the sorted generic forms of the children. */
    static String generic(PreHashNode node) {
        String text = CanonicalValues.strip(node.text());
        // a leaf's value may grow when normalised (an EPC URI into a Digital Link), never by much
        int hint = node.name().length() + 2 * node.text().length() + 32 + (node.children().isEmpty() ? 0 : ELEMENT_SIZE_HINT);
        StringBuilder out = new StringBuilder(hint).append(node.name());
        if (!text.isEmpty()) {
            out.append('=').append(node.canonical() ? text : CanonicalValues.value(text));
        }
        genericAll(node.children(), null, out);
        return out.toString();
    }

    /** The sorted generic forms of the {@code nodes} not marked in {@code skipped} (null: none is). */
    private static void genericAll(List<PreHashNode> nodes, boolean[] skipped, StringBuilder out) {
        List<String> written = null;
        for (int i = 0; i < nodes.size(); i++) {
            if (skipped == null || !skipped[i]) {
                if (written == null) {
                    written = new ArrayList<>(nodes.size() - i);
                }
                written.add(generic(nodes.get(i)));
            }
        }
        if (written != null) {
            appendSorted(written, out);
        }
    }

    /** A business transaction, source or destination: {@code type=…} first, then its identifier. */
    private static String typedList(PreHashNode list) {
        List<String> members = new ArrayList<>();
        for (PreHashNode member : list.children()) {
            StringBuilder written = new StringBuilder(ELEMENT_SIZE_HINT);
            List<PreHashNode> rest = new ArrayList<>(member.children());
            for (String name : List.of("type", member.name())) {
                for (Iterator<PreHashNode> it = rest.iterator(); it.hasNext(); ) {
                    PreHashNode child = it.next();
                    if (child.name().equals(name) && child.children().isEmpty()) {
                        it.remove();
                        written.append(generic(child));
                    }
                }
            }
            if (!CanonicalValues.strip(member.text()).isEmpty()) {
                written.append(member.name()).append('=').append(CanonicalValues.value(CanonicalValues.strip(member.text())));
            }
            genericAll(rest, null, written);
            members.add(written.toString());
        }
        StringBuilder out = new StringBuilder(list.name());
        appendSorted(members, out);
        return out.toString();
    }

    private static void appendSorted(List<String> parts, StringBuilder out) {
        parts.sort(CODE_POINT_ORDER);
        parts.forEach(out::append);
    }
}
