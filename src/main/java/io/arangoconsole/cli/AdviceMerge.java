package io.arangoconsole.cli;

import io.arangoconsole.core.indexes.IndexPlan;
import io.arangoconsole.core.indexes.IndexPlanFile;
import io.arangoconsole.core.indexes.PlanFormatException;
import io.arangoconsole.core.insight.AdvicePlans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code indexes plan --from-advice}: merges a {@code queries advise --json} output into a plan file. */
final class AdviceMerge {
    private AdviceMerge() {
    }

    static void into(CommandSpec spec, Path planFile, Path adviceFile) {
        if (planFile == null) {
            throw new ParameterException(spec.commandLine(), "--from-advice needs --plan FILE: the plan file to "
                    + "merge the advice into");
        }
        List<AdvicePlans.Advised> advice;
        try {
            advice = AdviceOutput.read(Files.readString(adviceFile));
        } catch (NoSuchFileException e) {
            throw new CliFailure("The advice file " + adviceFile + " does not exist.", e);
        } catch (IOException e) {
            throw new CliFailure("The advice file " + adviceFile + " is not the output of 'queries advise --json': "
                    + Cli.sentence(e), e);
        }
        try {
            IndexPlan plan = Files.exists(planFile) ? IndexPlanFile.read(planFile)
                    : new IndexPlan("Indexes advised from the observed workload", List.of());
            IndexPlanFile.write(planFile, AdvicePlans.merge(plan, advice));
        } catch (PlanFormatException e) {
            throw new CliFailure("The plan is malformed: " + e.getMessage() + ".", e);
        } catch (IOException e) {
            throw new CliFailure("Cannot update the plan file " + planFile + ": " + Cli.sentence(e), e);
        }
    }
}
