package dev.irscope.cli;

/**
 * How a bug in irscope is reported: one line naming the exception and where it was thrown
 * (irscope's own frame), never a stack trace; -Dirscope.trace=true prints the trace as well.
 */
final class BugReport {
  private BugReport() {}

  static String describe(Throwable e) {
    if (Boolean.getBoolean("irscope.trace")) {
      e.printStackTrace();
    }
    StringBuilder s = new StringBuilder(e.toString());
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("dev.irscope.")) {
        s.append(" (at ").append(frame.getClassName().substring("dev.irscope.".length()))
            .append('.').append(frame.getMethodName()).append(':').append(frame.getLineNumber())
            .append(')');
        break;
      }
    }
    return s.append("; this is a bug in irscope: please report it with the input").toString();
  }
}
