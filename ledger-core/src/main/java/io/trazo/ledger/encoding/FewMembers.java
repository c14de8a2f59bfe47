package io.trazo.ledger.encoding;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The members of a small object that {@link PlainJsonReader} read, in two arrays in member order.
 * Nearly every object of a record has one to five members: for them a hashed map's table, entries,
 * links and name hashing were the largest single cost of reading a record and a fifth of the bytes
 * it allocated, where a scan of a few names that mostly differ in length is cheaper. The reader hands
 * an object over to a {@link JsonObject.ParsedMembers} once it grows past {@link #MAX}, so no object
 * costs more than a few comparisons per member. Read-only once handed to {@link JsonObject}; it is a
 * {@link Map} with {@link java.util.LinkedHashMap}'s order, equality and text.
 */
final class FewMembers extends AbstractMap<String, JsonValue> {

    static final int MAX = 8;

    private String[] names = new String[4];
    private JsonValue[] values = new JsonValue[4];
    private int size;

    boolean full() {
        return size == MAX;
    }

    /** @return false, and no change, when {@code name} is already a member */
    boolean add(String name, JsonValue value) {
        if (indexOf(name) >= 0) {
            return false;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, MAX);
            values = Arrays.copyOf(values, MAX);
        }
        names[size] = name;
        values[size++] = value;
        return true;
    }

    private int indexOf(Object name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public JsonValue get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super JsonValue> action) {
        for (int i = 0; i < size; i++) {
            action.accept(names[i], values[i]);
        }
    }

    @Override
    public Set<String> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return new InOrder<>() {
                    @Override
                    String at(int i) {
                        return names[i];
                    }
                };
            }

            @Override
            public boolean contains(Object name) {
                return containsKey(name);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public Set<Map.Entry<String, JsonValue>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, JsonValue>> iterator() {
                return new InOrder<>() {
                    @Override
                    Map.Entry<String, JsonValue> at(int i) {
                        return new SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** An iterator over the members in order, without {@code remove}. */
    private abstract class InOrder<T> implements Iterator<T> {
        private int next;

        abstract T at(int i);

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public T next() {
            if (next >= size) {
                throw new NoSuchElementException();
            }
            return at(next++);
        }
    }
}
