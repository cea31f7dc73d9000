package dev.irscope.cli;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** The launcher's training run goes through every command with the exit code each should give. */
class CdsTrainingTest {
  @Test
  void everyTrainingRunGivesItsExitCode() throws Exception {
    assertThat(CdsTraining.run()).isEmpty();
  }
}
