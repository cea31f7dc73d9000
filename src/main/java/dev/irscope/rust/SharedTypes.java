// Which types the module shows shared between threads, from its debug info: the T of every
// Arc<T> (and ArcInner<T>, Weak<T>), the type of every static, and what a closure passed to a
// std::thread spawn function captures (the members of the closure environment that is the F
// of spawn<F, T>: the captured value's type, or what a captured reference or Arc points to). Only
// types with interior mutability are kept: sharing the others is harmless. The user
// can add types (--sync-type PATTERN): a glob with * matched against the qualified name, the
// name without generic arguments, or its last segment. A user type holding an UnsafeCell that
// is shared in one of these ways can be written by another thread.
package dev.irscope.rust;

import dev.irscope.ir.MDNode;
import dev.irscope.ir.Module;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

public final class SharedTypes {
  private final Map<String, String> reasons = new LinkedHashMap<>();
  private final List<Pattern> patterns = new ArrayList<>();

  private SharedTypes() {}

  /** The types {@code module}'s debug info shows shared. */
  public static SharedTypes of(Module module) {
    SharedTypes s = new SharedTypes();
    for (MDNode n : module.metadata().values()) {
      String base = DiTypes.baseName(n);
      if ("DICompositeType".equals(n.kind()) && (base.equals("alloc::sync::Arc")
          || base.equals("alloc::sync::ArcInner") || base.equals("alloc::sync::Weak"))) {
        DiTypes.templateTypes(n).stream().findFirst()
            .ifPresent(t -> s.add(t, "it is held in " + DiTypes.name(n)));
      } else if ("DIGlobalVariable".equals(n.kind()) && n.stringField("name") != null
          && !n.stringField("name").contains("{vtable}")) {
        s.add(n.nodeField("type"), "it is the type of static " + n.stringField("name"));
      } else if ("DISubprogram".equals(n.kind()) && isThreadSpawn(n)) {
        DiTypes.templateTypes(n).stream().findFirst().ifPresent(env -> s.captures(env));
      }
    }
    return s;
  }

  private static boolean isThreadSpawn(MDNode subprogram) {
    String name = subprogram.stringField("name");
    return name != null && (name.equals("spawn") || name.startsWith("spawn<"))
        && DiTypes.qualifier(subprogram.nodeField("scope")).startsWith("std::thread::");
  }

  private void captures(MDNode env) {
    for (MDNode m : DiTypes.members(env)) {
      MDNode t = m.nodeField("baseType");
      MDNode held = DiTypes.pointee(t);
      if (held == null && DiTypes.baseName(t).equals("alloc::sync::Arc")) {
        held = DiTypes.templateTypes(DiTypes.strip(t)).stream().findFirst().orElse(null);
      }
      add(held != null ? held : t, "a closure passed to std::thread spawn captures "
          + m.stringField("name") + ": " + DiTypes.name(t));
    }
  }

  /** Registers types with interior mutability (the others are frozen: sharing them is fine). */
  private void add(MDNode type, String reason) {
    if (type != null && DiTypes.containsUnsafeCell(type)) {
      reasons.putIfAbsent(DiTypes.name(type), reason);
    }
  }

  /** These types plus those the user names by glob patterns (* matches anything). */
  public SharedTypes withPatterns(List<String> globs) {
    SharedTypes s = new SharedTypes();
    s.reasons.putAll(reasons);
    s.patterns.addAll(patterns);
    for (String g : globs) {
      s.patterns.add(Pattern.compile(Pattern.quote(g).replace("*", "\\E.*\\Q")));
    }
    return s;
  }

  /** Why {@code type} counts as shared between threads, or null. */
  public String reason(MDNode type) {
    String name = DiTypes.name(type);
    String known = reasons.get(name);
    if (known != null) {
      return known;
    }
    String base = DiTypes.baseName(type);
    String last = base.substring(base.lastIndexOf(':') + 1);
    for (Pattern p : patterns) {
      if (p.matcher(name).matches() || p.matcher(base).matches()
          || p.matcher(last).matches()) {
        return "the user declared it shared (--sync-type " + unquote(p) + ")";
      }
    }
    return null;
  }

  private static String unquote(Pattern p) {
    return p.pattern().replace("\\E.*\\Q", "*").replace("\\Q", "").replace("\\E", "");
  }

  /** Why some type from the pointee down to the reached field counts as shared, or null. */
  public String reasonOnPath(RecoveredType r) {
    for (MDNode t : r.typesOnPath()) {
      String why = reason(t);
      if (why != null) {
        return DiTypes.name(t) + " is shared between threads: " + why;
      }
    }
    return null;
  }

  /** The names of the types the module shows shared, with the reason for each. */
  public Map<String, String> reasons() {
    return Map.copyOf(reasons);
  }
}
