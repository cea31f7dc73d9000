package dev.irscope.ir;

import static com.google.common.truth.Truth.assertWithMessage;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Type holds no constants of its own subclasses. If its static initializer made a PrimitiveType
 * or an IntegerType, a thread initializing Type and another initializing the subclass (which
 * first initializes Type) would wait for each other for ever: the parser's threads did, now and
 * then, on small files (2 runs in 40 of `parse` on DataFlowSanitizer/array.ll hung).
 */
class TypeInitializationTest {
  @Test
  void typeHasNoStaticFieldOfASubclass() {
    List<String> found = new ArrayList<>();
    for (Field f : Type.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && Type.class.isAssignableFrom(f.getType())) {
        found.add(f.getName());
      }
    }
    assertWithMessage("static fields of Type whose type is a Type").that(found).isEmpty();
  }

  @Test
  void predefinedTypesAreTheInternedOnes() {
    assertWithMessage("i32").that(IntegerType.get(32)).isSameInstanceAs(IntegerType.I32);
    assertWithMessage("ptr").that(PointerType.get(0)).isSameInstanceAs(PointerType.PTR);
    assertWithMessage("void").that(PrimitiveType.named("void"))
        .isSameInstanceAs(PrimitiveType.VOID);
    assertWithMessage("void is void").that(PrimitiveType.VOID.isVoid()).isTrue();
  }
}
