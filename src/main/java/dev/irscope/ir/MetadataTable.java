// The module's numbered metadata nodes by number, in number order: a map kept in an array indexed
// by the number (ids below 2^24; larger ones, rare, in a sorted map after them). A -g module has
// hundreds of thousands of nodes; a TreeMap would hold an entry and a boxed key for each, objects
// the collector copies while a large module is read.
package dev.irscope.ir;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;

public final class MetadataTable extends AbstractMap<Integer, MDNode> {
  private static final int DENSE_LIMIT = 1 << 24;

  private MDNode[] dense = new MDNode[16];
  private final TreeMap<Integer, MDNode> sparse = new TreeMap<>(); // ids of DENSE_LIMIT or more
  private int denseCount;

  @Override
  public int size() {
    return denseCount + sparse.size();
  }

  @Override
  public MDNode get(Object key) {
    if (!(key instanceof Integer id)) {
      return null;
    }
    if (id >= 0 && id < DENSE_LIMIT) {
      return id < dense.length ? dense[id] : null;
    }
    return sparse.get(id);
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public MDNode put(Integer id, MDNode node) {
    if (node == null) {
      throw new NullPointerException("metadata node " + id);
    }
    if (id < 0 || id >= DENSE_LIMIT) {
      return sparse.put(id, node);
    }
    if (id >= dense.length) {
      dense = Arrays.copyOf(dense, Math.max(id + 1, dense.length * 2));
    }
    MDNode old = dense[id];
    dense[id] = node;
    if (old == null) {
      denseCount++;
    }
    return old;
  }

  @Override
  public MDNode remove(Object key) {
    if (!(key instanceof Integer id)) {
      return null;
    }
    if (id < 0 || id >= DENSE_LIMIT) {
      return sparse.remove(id);
    }
    MDNode old = id < dense.length ? dense[id] : null;
    if (old != null) {
      dense[id] = null;
      denseCount--;
    }
    return old;
  }

  /** The largest id in the table. */
  public int lastKey() {
    if (!sparse.isEmpty() && sparse.lastKey() >= 0) {
      return sparse.lastKey();
    }
    for (int i = dense.length - 1; i >= 0; i--) {
      if (dense[i] != null) {
        return i;
      }
    }
    return sparse.lastKey(); // a negative id, or NoSuchElementException when empty
  }

  @Override
  public void clear() {
    Arrays.fill(dense, null);
    denseCount = 0;
    sparse.clear();
  }

  @Override
  public Set<Map.Entry<Integer, MDNode>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return MetadataTable.this.size();
      }

      @Override
      public Iterator<Map.Entry<Integer, MDNode>> iterator() {
        return new Entries();
      }
    };
  }

  /**
   * The nodes in id order, read without a Map.Entry (and boxed id) for each: the verifier and
   * the printer walk every node of a large module this way.
   */
  @Override
  public java.util.Collection<MDNode> values() {
    return new java.util.AbstractCollection<>() {
      @Override
      public int size() {
        return MetadataTable.this.size();
      }

      @Override
      public Iterator<MDNode> iterator() {
        Entries e = new Entries();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return e.hasNext();
          }

          @Override
          public MDNode next() {
            return e.nextNode();
          }

          @Override
          public void remove() {
            e.remove();
          }
        };
      }
    };
  }

  /** Negative ids (never parsed) first, then the dense ids in order, then the large ones. */
  private final class Entries implements Iterator<Map.Entry<Integer, MDNode>> {
    private final Iterator<Map.Entry<Integer, MDNode>> below = sparse.headMap(0).entrySet()
        .iterator();
    private final Iterator<Map.Entry<Integer, MDNode>> above = sparse.tailMap(0).entrySet()
        .iterator();
    private int next = -1; // the next dense index holding a node, found ahead
    private int last = -1; // the dense index returned last, for remove()

    Entries() {
      advance(0);
    }

    private void advance(int from) {
      next = from;
      while (next < dense.length && dense[next] == null) {
        next++;
      }
    }

    @Override
    public boolean hasNext() {
      return below.hasNext() || next < dense.length || above.hasNext();
    }

    /** The next node, as next() but without making an entry for a dense id. */
    MDNode nextNode() {
      if (below.hasNext() || next >= dense.length) {
        return next().getValue();
      }
      last = next;
      advance(next + 1);
      return dense[last];
    }

    @Override
    public Map.Entry<Integer, MDNode> next() {
      last = -1;
      if (below.hasNext()) {
        return below.next();
      }
      if (next < dense.length) {
        int id = next;
        return new SimpleImmutableEntry<>(id, nextNode());
      }
      if (above.hasNext()) {
        return above.next();
      }
      throw new NoSuchElementException();
    }

    @Override
    public void remove() {
      if (last < 0) {
        throw new UnsupportedOperationException("remove a large or negative id by key");
      }
      dense[last] = null;
      denseCount--;
      last = -1;
    }
  }
}
