// One step of a field path into a Rust type: a named field (inner: core::cell::UnsafeCell<usize>)
// or an array element ([2]: u16), with its byte offset from the start of the enclosing type.
package dev.irscope.rust;

import dev.irscope.ir.MDNode;

/**
 * A field or array element reached inside a type.
 *
 * @param name the field name, or "[i]" for an array element
 * @param type the debug-info type of the field or element
 * @param offset the byte offset inside the enclosing type
 */
public record FieldStep(String name, MDNode type, long offset) {
  /** The Rust name of the field's type. */
  public String typeName() {
    return DiTypes.name(type);
  }

  /** "name: type", as rustc prints a field. */
  @Override
  public String toString() {
    return name + ": " + typeName();
  }
}
