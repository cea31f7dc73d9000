// The superclass of every generated parse-tree context (grammar option contextSuperClass). Same
// behaviour as ANTLR's ParserRuleContext, with less garbage per node, which is most of what a
// parse allocates: a child list starts at four slots instead of ten (most rules have one to
// four children), and the lookups the generated accessors make (ctx.LOCAL_VAR(), ctx.type(),
// ...) walk the child list by index instead of allocating an iterator per call.
package dev.irscope.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

public class CompactContext extends ParserRuleContext {
  private static final int FIRST_CAPACITY = 4;

  public CompactContext() {}

  public CompactContext(ParserRuleContext parent, int invokingStateNumber) {
    super(parent, invokingStateNumber);
  }

  @Override
  public <T extends ParseTree> T addAnyChild(T t) {
    if (children == null) {
      children = new ArrayList<>(FIRST_CAPACITY);
    }
    children.add(t);
    return t;
  }

  @Override
  public <T extends ParseTree> T getChild(Class<? extends T> type, int i) {
    List<ParseTree> c = children;
    if (c == null || i < 0 || i >= c.size()) {
      return null;
    }
    int seen = -1;
    for (int k = 0, n = c.size(); k < n; k++) {
      ParseTree o = c.get(k);
      if (type.isInstance(o) && ++seen == i) {
        return type.cast(o);
      }
    }
    return null;
  }

  @Override
  public TerminalNode getToken(int tokenType, int i) {
    List<ParseTree> c = children;
    if (c == null || i < 0 || i >= c.size()) {
      return null;
    }
    int seen = -1;
    for (int k = 0, n = c.size(); k < n; k++) {
      if (c.get(k) instanceof TerminalNode t && t.getSymbol().getType() == tokenType
          && ++seen == i) {
        return t;
      }
    }
    return null;
  }

  @Override
  public List<TerminalNode> getTokens(int tokenType) {
    List<ParseTree> c = children;
    List<TerminalNode> found = null;
    for (int k = 0, n = c == null ? 0 : c.size(); k < n; k++) {
      if (c.get(k) instanceof TerminalNode t && t.getSymbol().getType() == tokenType) {
        if (found == null) {
          found = new ArrayList<>(FIRST_CAPACITY);
        }
        found.add(t);
      }
    }
    return found == null ? Collections.emptyList() : found;
  }

  @Override
  public <T extends ParserRuleContext> T getRuleContext(Class<? extends T> type, int i) {
    return getChild(type, i);
  }

  @Override
  public <T extends ParserRuleContext> List<T> getRuleContexts(Class<? extends T> type) {
    List<ParseTree> c = children;
    List<T> found = null;
    for (int k = 0, n = c == null ? 0 : c.size(); k < n; k++) {
      ParseTree o = c.get(k);
      if (type.isInstance(o)) {
        if (found == null) {
          found = new ArrayList<>(FIRST_CAPACITY);
        }
        found.add(type.cast(o));
      }
    }
    return found == null ? Collections.emptyList() : found;
  }
}
