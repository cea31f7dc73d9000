// What debug info says a pointer in a function points to: the source variable that names it
// (a parameter, local or static), the Rust type of the object at its base, the byte offset
// into that object and the fields that offset reaches, how the tie was found and how sure it
// is. describe() renders it as "a: &unsafecell_atomic::AtomicUsize, field inner:
// core::cell::UnsafeCell<usize> (then value: usize)".
package dev.irscope.rust;

import dev.irscope.ir.MDNode;
import dev.irscope.ir.Value;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A pointer's pointee as recovered from debug info.
 *
 * @param anchor the IR value the debug info names (the global, argument, alloca or load)
 * @param variable the source name ("a", "FLAG", or "o.inner" for a pointer loaded from a field)
 * @param variableNode the DILocalVariable or DIGlobalVariable it comes from
 * @param variableType the variable's declared type (&T for a reference, T for a static or local)
 * @param pointee the type of the object the pointer points into
 * @param offset the byte offset of the pointer from the start of that object
 * @param path the fields (outermost first) that the offset, and the access size, reach
 * @param evidence how the pointer was tied to the variable
 * @param certainty how far the tie can be trusted
 */
public record RecoveredType(Value anchor, String variable, MDNode variableNode, MDNode variableType,
    MDNode pointee, long offset, List<FieldStep> path, Evidence evidence, Certainty certainty) {

  /** How the pointer was tied to the variable. */
  public enum Evidence {
    /** The pointer is a static's address (DIGlobalVariableExpression on the global). */
    STATIC,
    /** The pointer is a variable's storage (#dbg_declare on an alloca or indirect argument). */
    DECLARED_STORAGE,
    /** The pointer is the value of a reference or raw-pointer variable (#dbg_value). */
    DEBUG_VALUE,
    /** The pointer is stored to a declared slot (rustc's %x.dbg.spill at no-prepopulate). */
    SPILLED_POINTER,
    /** The pointer is loaded from a place whose type is known (a field or a variable's slot). */
    LOADED_POINTER
  }

  /** How far the tie can be trusted. */
  public enum Certainty {
    /** The function's own variable names the pointer. */
    EXACT,
    /** Only a variable of a callee inlined into the function names it. */
    INLINED,
    /** Found through a pointer loaded from a typed field. */
    DERIVED,
    /** No debug info: guessed from IR attributes and uses alone. */
    IR_ONLY
  }

  /** Keeps an unmodifiable copy of the path. */
  public RecoveredType {
    path = List.copyOf(path);
  }

  /** The Rust name of the object's type ("unsafecell_atomic::AtomicUsize"). */
  public String pointeeName() {
    return DiTypes.name(pointee);
  }

  /** The type at the end of the field path (the pointee itself when the path is empty). */
  public MDNode reachedType() {
    return path.isEmpty() ? pointee : path.get(path.size() - 1).type();
  }

  /** The types from the pointee down to the reached field, outermost first. */
  public List<MDNode> typesOnPath() {
    List<MDNode> out = new java.util.ArrayList<>();
    out.add(pointee);
    path.forEach(s -> out.add(s.type()));
    return out;
  }

  /** One line: the variable with its type, then the first field and the ones below it. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(variable).append(": ").append(DiTypes.name(variableType));
    if (!path.isEmpty()) {
      sb.append(", field ").append(path.get(0));
    }
    if (path.size() > 1) {
      sb.append(" (then ").append(path.subList(1, path.size()).stream()
          .map(FieldStep::toString).collect(Collectors.joining(", then "))).append(")");
    }
    return sb.toString();
  }
}
