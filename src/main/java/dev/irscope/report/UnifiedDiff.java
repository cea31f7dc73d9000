// A unified diff of two texts (longest common subsequence of lines, three lines of context),
// as `diff -u` prints it, for showing a function before and after the passes.
package dev.irscope.report;

import java.util.ArrayList;
import java.util.List;

public final class UnifiedDiff {
  private UnifiedDiff() {}

  private static final int CONTEXT = 3;

  /** The diff with its ---/+++ header, or "" when the texts are equal. */
  public static String of(String before, String after, String fromName, String toName) {
    String[] a = before.split("\n", -1);
    String[] b = after.split("\n", -1);
    List<int[]> ops = script(a, b); // {kind: 0 same, -1 deleted, +1 added, index in a, in b}
    if (ops.stream().allMatch(o -> o[0] == 0)) {
      return "";
    }
    StringBuilder sb = new StringBuilder("--- " + fromName + "\n+++ " + toName + "\n");
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i)[0] == 0) {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      while (end < ops.size()) {
        int next = end;
        while (next < ops.size() && ops.get(next)[0] == 0) {
          next++;
        }
        if (next == ops.size() || next - end > 2 * CONTEXT) {
          end = Math.min(ops.size(), end + CONTEXT);
          break;
        }
        end = next;
        while (end < ops.size() && ops.get(end)[0] != 0) {
          end++;
        }
      }
      hunk(sb, ops.subList(start, end), a, b);
      i = end;
    }
    return sb.toString();
  }

  private static void hunk(StringBuilder sb, List<int[]> ops, String[] a, String[] b) {
    int aStart = -1;
    int bStart = -1;
    int aLen = 0;
    int bLen = 0;
    StringBuilder body = new StringBuilder();
    for (int[] o : ops) {
      if (o[0] <= 0) {
        aStart = aStart < 0 ? o[1] : aStart;
        aLen++;
      }
      if (o[0] >= 0) {
        bStart = bStart < 0 ? o[2] : bStart;
        bLen++;
      }
      String line = o[0] > 0 ? b[o[2]] : a[o[1]];
      body.append(o[0] < 0 ? '-' : o[0] > 0 ? '+' : ' ').append(line).append('\n');
    }
    sb.append("@@ -").append(aStart + 1).append(',').append(aLen).append(" +")
        .append(bStart + 1).append(',').append(bLen).append(" @@\n").append(body);
  }

  private static List<int[]> script(String[] a, String[] b) {
    int n = a.length;
    int m = b.length;
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<int[]> ops = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[i].equals(b[j])) {
        ops.add(new int[] {0, i++, j++});
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        ops.add(new int[] {1, i, j++});
      } else {
        ops.add(new int[] {-1, i++, j});
      }
    }
    return ops;
  }
}
