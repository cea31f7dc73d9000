// The memory effects of a function or call: an access kind (none, read, write, readwrite) for
// each location (argmem, inaccessiblemem, errnomem, other, target_mem0, target_mem1), read from
// memory(...) or the legacy readnone/readonly/writeonly/argmemonly/inaccessiblememonly/
// inaccessiblemem_or_argmemonly attributes, and printed as LLVM prints memory(...).
package dev.irscope.ir;

import java.util.Arrays;
import java.util.List;

public final class MemoryEffects {
  public enum Location {
    ARGMEM("argmem"), INACCESSIBLEMEM("inaccessiblemem"), ERRNOMEM("errnomem"), OTHER("other"),
    TARGET_MEM0("target_mem0"), TARGET_MEM1("target_mem1");

    final String spelling;

    Location(String spelling) {
      this.spelling = spelling;
    }

    public String spelling() {
      return spelling;
    }

    static Location of(String s) {
      for (Location l : values()) {
        if (l.spelling.equals(s)) {
          return l;
        }
      }
      return null;
    }
  }

  /** Access kinds as a two-bit mask: 1 read (ref), 2 write (mod). */
  public static final int NONE = 0;
  public static final int READ = 1;
  public static final int WRITE = 2;
  public static final int READWRITE = 3;

  private final int[] access = new int[Location.values().length];

  private MemoryEffects(int all) {
    Arrays.fill(access, all);
  }

  public static MemoryEffects unknown() {
    return new MemoryEffects(READWRITE);
  }

  public static MemoryEffects none() {
    return new MemoryEffects(NONE);
  }

  /** The same access kind for every location: memory(read), memory(write), ... */
  public static MemoryEffects of(int kind) {
    return new MemoryEffects(kind);
  }

  public int access(Location l) {
    return access[l.ordinal()];
  }

  public MemoryEffects with(Location l, int kind) {
    MemoryEffects m = copy();
    m.access[l.ordinal()] = kind;
    return m;
  }

  public MemoryEffects union(MemoryEffects o) {
    MemoryEffects m = copy();
    for (int i = 0; i < access.length; i++) {
      m.access[i] |= o.access[i];
    }
    return m;
  }

  public MemoryEffects intersect(MemoryEffects o) {
    MemoryEffects m = copy();
    for (int i = 0; i < access.length; i++) {
      m.access[i] &= o.access[i];
    }
    return m;
  }

  private MemoryEffects copy() {
    MemoryEffects m = new MemoryEffects(NONE);
    System.arraycopy(access, 0, m.access, 0, access.length);
    return m;
  }

  public boolean doesNotAccessMemory() {
    return Arrays.stream(access).allMatch(a -> a == NONE);
  }

  public boolean onlyReadsMemory() {
    return Arrays.stream(access).allMatch(a -> (a & WRITE) == 0);
  }

  /** The effects stated on {@code attrs}, or null when nothing is stated. */
  static MemoryEffects of(AttributeSet attrs) {
    MemoryEffects m = null;
    for (Attribute a : attrs.all()) {
      MemoryEffects stated = switch (a.name()) {
        case "memory" -> parse(a.args());
        case "readnone" -> none();
        case "readonly" -> new MemoryEffects(READ);
        case "writeonly" -> new MemoryEffects(WRITE);
        default -> null;
      };
      if (stated != null) {
        m = m == null ? stated : m.intersect(stated);
      }
    }
    MemoryEffects restrict = null;
    if (attrs.has("argmemonly")) {
      restrict = none().with(Location.ARGMEM, READWRITE);
    } else if (attrs.has("inaccessiblememonly")) {
      restrict = none().with(Location.INACCESSIBLEMEM, READWRITE);
    } else if (attrs.has("inaccessiblemem_or_argmemonly")) {
      restrict = none().with(Location.ARGMEM, READWRITE)
          .with(Location.INACCESSIBLEMEM, READWRITE);
    }
    if (restrict != null) {
      m = (m == null ? unknown() : m).intersect(restrict);
    }
    return m;
  }

  /** Parses the inside of memory(...): "read", "argmem: read, inaccessiblemem: write", ... */
  public static MemoryEffects parse(String args) {
    MemoryEffects m = none();
    List<String> parts = Arrays.stream(args.split(",")).map(String::trim).toList();
    for (String p : parts) {
      int colon = p.indexOf(':');
      if (colon < 0) {
        Arrays.fill(m.access, kind(p));
      } else {
        Location l = Location.of(p.substring(0, colon).trim());
        if (l != null) {
          m.access[l.ordinal()] = kind(p.substring(colon + 1).trim());
        }
      }
    }
    return m;
  }

  private static int kind(String s) {
    return switch (s) {
      case "read" -> READ;
      case "write" -> WRITE;
      case "readwrite" -> READWRITE;
      default -> NONE;
    };
  }

  private static String spell(int kind) {
    return switch (kind) {
      case READ -> "read";
      case WRITE -> "write";
      case READWRITE -> "readwrite";
      default -> "none";
    };
  }

  /**
   * LLVM's spelling: the kind of "other" memory first, as the default, then each location whose
   * kind differs ("memory(read, argmem: readwrite)").
   */
  @Override
  public String toString() {
    int other = access[Location.OTHER.ordinal()];
    int union = 0;
    for (int a : access) {
      union |= a;
    }
    StringBuilder sb = new StringBuilder("memory(");
    boolean first = true;
    if (other != NONE || union == other) {
      sb.append(spell(other));
      first = false;
    }
    for (Location l : Location.values()) {
      int a = access[l.ordinal()];
      if (a != other) {
        sb.append(first ? "" : ", ").append(l.spelling).append(": ").append(spell(a));
        first = false;
      }
    }
    return sb.append(')').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MemoryEffects m && Arrays.equals(access, m.access);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(access);
  }
}
