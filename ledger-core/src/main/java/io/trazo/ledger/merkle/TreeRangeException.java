package io.trazo.ledger.merkle;

/** A proof or root was requested for positions outside the tree (a bad request; not retryable). */
public final class TreeRangeException extends MerkleLogException {

    private TreeRangeException(String message) {
        super(message);
    }

    public static TreeRangeException indexOutOfRange(long index, long treeSize) {
        return new TreeRangeException("leaf index " + index + " is not in a tree of size " + treeSize);
    }

    public static TreeRangeException sizesOutOfOrder(long size1, long size2) {
        return new TreeRangeException("consistency needs 0 < size1 <= size2, got size1 " + size1 + ", size2 " + size2);
    }

    public static TreeRangeException negativeSize(long size) {
        return new TreeRangeException("tree size " + size + " is negative");
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
