// The compact forms the model keeps for its many small lists, at the edges where the form
// changes: a user's operands (none, a lone Use, an array), a value's use list (a lone Use, then
// an array), an instruction's debug records (none, one, several) and an MDNode's operands (in
// fields up to four, then an array). Each list must read the same through every accessor
// whatever form it is in.
package dev.irscope.ir;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompactListsTest {
  private static Argument arg(int i) {
    return new Argument(IntegerType.I32, null, i);
  }

  private static List<User> users(Value v) {
    List<User> out = new ArrayList<>();
    for (Use u : v.uses()) {
      out.add(u.user());
    }
    return out;
  }

  @Test
  void operandsGrowFromNoneToOneToMany() {
    Argument a = arg(0);
    Argument b = arg(1);
    Argument c = arg(2);
    PhiInst phi = new PhiInst(IntegerType.I32);
    BasicBlock x = new BasicBlock("x");
    assertThat(phi.numOperands()).isEqualTo(0);
    phi.addIncoming(a, x);
    assertThat(phi.operands()).containsExactly(a);
    assertThat(phi.operandUse(0).index()).isEqualTo(0);
    Use first = phi.operandUse(0);
    phi.addIncoming(b, x);
    phi.addIncoming(c, x);
    assertThat(phi.operands()).containsExactly(a, b, c).inOrder();
    assertThat(phi.operandUse(0)).isSameInstanceAs(first); // kept, not remade
    assertThat(phi.operandUse(2).index()).isEqualTo(2);

    phi.removeIncoming(1);
    assertThat(phi.operands()).containsExactly(a, c).inOrder();
    assertThat(b.numUses()).isEqualTo(0);
    phi.removeIncoming(0);
    phi.removeIncoming(0);
    assertThat(phi.numOperands()).isEqualTo(0);
    assertThat(a.numUses()).isEqualTo(0);
    assertThat(c.numUses()).isEqualTo(0);
  }

  @Test
  void aLoneOperandCanBeReplacedAndDropped() {
    Argument p = new Argument(PointerType.PTR, null, 0);
    Argument q = new Argument(PointerType.PTR, null, 1);
    LoadInst load = new LoadInst(IntegerType.I32, p, false, AtomicOrdering.NOT_ATOMIC, null, 4);
    assertThat(load.numOperands()).isEqualTo(1);
    assertThat(users(p)).containsExactly(load);
    load.setOperand(0, q);
    assertThat(load.operand(0)).isSameInstanceAs(q);
    assertThat(p.numUses()).isEqualTo(0);
    assertThat(users(q)).containsExactly(load);
    load.dropAllReferences();
    assertThat(q.numUses()).isEqualTo(0);
  }

  @Test
  void useListsGrowFromOneUseAndShrink() {
    Argument a = arg(0);
    Argument b = arg(1);
    BinaryOperator first = new BinaryOperator(Opcode.ADD, a, b);
    assertThat(a.numUses()).isEqualTo(1);
    assertThat(users(a)).containsExactly(first);
    BinaryOperator second = new BinaryOperator(Opcode.MUL, a, a);
    assertThat(users(a)).containsExactly(first, second, second).inOrder();
    assertThat(a.users()).containsExactly(first, second, second).inOrder();

    first.dropAllReferences();
    assertThat(users(a)).containsExactly(second, second);
    second.dropAllReferences();
    assertThat(a.numUses()).isEqualTo(0);
    assertThat(a.uses()).isEmpty();

    BinaryOperator third = new BinaryOperator(Opcode.SUB, a, b); // an emptied array refills
    assertThat(users(a)).containsExactly(third);
    assertThat(users(b)).containsExactly(third);
  }

  @Test
  void debugRecordsGoFromNoneToOneToSeveral() {
    Argument p = new Argument(PointerType.PTR, null, 0);
    LoadInst load = new LoadInst(IntegerType.I32, p, false, AtomicOrdering.NOT_ATOMIC, null, 4);
    assertThat(load.debugRecords()).isEmpty();
    DebugRecord r1 = new DebugRecord("label", List.of(new MDNode(1)), 3, 1);
    DebugRecord r2 = new DebugRecord("label", List.of(new MDNode(2)), 4, 1);
    load.addDebugRecord(r1);
    assertThat(load.debugRecords()).containsExactly(r1);
    load.addDebugRecord(r2);
    assertThat(load.debugRecords()).containsExactly(r1, r2).inOrder();

    Instruction copy = load.clone();
    load.takeDebugRecords();
    assertThat(load.debugRecords()).isEmpty();
    assertThat(copy.debugRecords()).containsExactly(r1, r2).inOrder(); // its own list
    copy.dropAllReferences();
  }

  @Test
  void debugRecordsAreEqualByValue() {
    MDNode var = new MDNode(7);
    DebugRecord a = new DebugRecord("value", List.of(MDLiteral.NULL, var), 3, 5);
    DebugRecord b = new DebugRecord("value", List.of(MDLiteral.NULL, var), 3, 5);
    assertThat(a).isEqualTo(b);
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
    assertThat(a).isNotEqualTo(new DebugRecord("value", List.of(MDLiteral.NULL, var), 3, 6));
    assertThat(a.args()).containsExactly(MDLiteral.NULL, var).inOrder();
    assertThat(a.variable()).isSameInstanceAs(var);
  }

  @Test
  void nodeOperandsReadTheSameInFieldsAndArray() {
    for (int n = 0; n <= 7; n++) {
      List<Metadata> ops = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ops.add(new MDLiteral(Integer.toString(i)));
        names.add("f" + i);
      }
      MDNode node = MDNode.inline("DIThing", names, ops);
      assertThat(node.numOperands()).isEqualTo(n);
      assertThat(node.operands()).containsExactlyElementsIn(ops).inOrder();
      for (int i = 0; i < n; i++) {
        assertThat(node.operand(i)).isSameInstanceAs(ops.get(i));
        assertThat(node.field("f" + i)).isSameInstanceAs(ops.get(i));
      }
      assertThat(node.field("absent")).isNull();
      int size = n;
      org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class,
          () -> node.operand(size));
    }
  }
}
