// A bug in irscope is reported in one line, never as a stack trace: the exception, irscope's
// frame that threw it, and a request to report it.
package dev.irscope.cli;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class BugReportTest {
  @Test
  void oneLineNamingTheExceptionAndIrscopesFrame() {
    String s = BugReport.describe(thrown());
    assertThat(s).startsWith("java.lang.IllegalStateException: broken (at cli.BugReportTest"
        + ".thrown:");
    assertThat(s).endsWith("this is a bug in irscope: please report it with the input");
    assertThat(s).doesNotContain("\n");
  }

  private static IllegalStateException thrown() {
    try {
      throw new IllegalStateException("broken");
    } catch (IllegalStateException e) {
      return e;
    }
  }
}
