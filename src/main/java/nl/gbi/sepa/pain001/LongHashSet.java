package nl.gbi.sepa.pain001;

/**
 * A set of 64-bit fingerprints with open addressing: 16 bytes per entry, so checking a million EndToEndIds
 * for duplicates costs about 32 MB instead of the ~150 MB of a {@code HashSet<String>}. Two different
 * identifiers share a fingerprint with a chance of about n²/2^65 (3e-8 for a million), which would report a
 * false duplicate, never miss a real one.
 */
final class LongHashSet {

    private static final long EMPTY = 0L;

    private long[] slots = new long[1 << 10];
    private int size;

    /** Adds {@code text}'s fingerprint; false when it was already there. */
    boolean add(String text) {
        long key = fingerprint(text);
        if (size * 2 >= slots.length) {
            grow();
        }
        boolean added = insert(slots, key);
        if (added) {
            size++;
        }
        return added;
    }

    private boolean insert(long[] table, long key) {
        int mask = table.length - 1;
        int i = (int) (mix(key) & mask);
        while (table[i] != EMPTY) {
            if (table[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        return true;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long key : old) {
            if (key != EMPTY) {
                insert(slots, key);
            }
        }
    }

    /** FNV-1a over the UTF-16 units, finished with a mixer; never the EMPTY marker. */
    static long fingerprint(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash = mix(hash ^ text.length());
        return hash == EMPTY ? 1L : hash;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
