package dev.irscope.ir;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataTableTest {
  private static MDNode node(int id) {
    return new MDNode(id);
  }

  @Test
  void iteratesInNumberOrderAcrossDenseAndLargeIds() {
    MetadataTable t = new MetadataTable();
    int[] ids = {40, 3, 1 << 25, 0, 17, (1 << 24) + 5, 1000};
    for (int id : ids) {
      assertThat(t.put(id, node(id))).isNull();
    }
    List<Integer> keys = new ArrayList<>();
    for (Map.Entry<Integer, MDNode> e : t.entrySet()) {
      keys.add(e.getKey());
      assertThat(e.getValue().id()).isEqualTo(e.getKey());
    }
    assertThat(keys).containsExactly(0, 3, 17, 40, 1000, (1 << 24) + 5, 1 << 25).inOrder();
    t.put(-2, node(-2));
    List<Integer> valueIds = new ArrayList<>();
    for (MDNode n : t.values()) {
      valueIds.add(n.id());
    }
    assertThat(valueIds).containsExactly(-2, 0, 3, 17, 40, 1000, (1 << 24) + 5, 1 << 25)
        .inOrder();
    t.remove(-2);
    assertThat(t.size()).isEqualTo(7);
    assertThat(t.lastKey()).isEqualTo(1 << 25);
    assertThat(t.get(17).id()).isEqualTo(17);
    assertThat(t.get(18)).isNull();
    assertThat(t.get(1 << 25).id()).isEqualTo(1 << 25);
  }

  @Test
  void replacesAndRemoves() {
    MetadataTable t = new MetadataTable();
    MDNode a = node(5);
    MDNode b = node(5);
    t.put(5, a);
    assertThat(t.put(5, b)).isSameInstanceAs(a);
    assertThat(t.size()).isEqualTo(1);
    t.put(9, node(9));
    assertThat(t.lastKey()).isEqualTo(9);
    assertThat(t.remove(9)).isNotNull();
    assertThat(t.lastKey()).isEqualTo(5);
    t.values().removeIf(n -> n == b);
    assertThat(t).isEmpty();
  }
}
