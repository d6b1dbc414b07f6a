package ssiplan.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ssiplan.model.Installation;
import ssiplan.model.MachineType;
import ssiplan.model.MaintenanceRollout;
import ssiplan.model.MemberFailure;
import ssiplan.model.OperatorAction;
import ssiplan.model.OperatorScript;
import ssiplan.model.OperatorStep;
import ssiplan.model.ProcessorMigration;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.resource.InstallationStore;

/** Scenarios are part of the installation file: they survive save and load with their references. */
class ScenarioPersistenceTest {

    @TempDir
    Path dir;

    @Test
    void scenariosAreSavedWithTheInstallation() throws Exception {
        SsiplanFactory f = SsiplanFactory.eINSTANCE;
        SampleInstallation sample = new SampleInstallation();
        MaintenanceRollout rollout = f.createMaintenanceRollout();
        rollout.setName("rsu-2401");
        rollout.getMemberOrder().add(sample.sysb);
        rollout.getMemberOrder().add(sample.sysa);
        rollout.setTargetServiceLevel("7.3+2401");
        rollout.setMoveGuestsBack(false);
        rollout.setMaxQuiesceSeconds(5);
        rollout.setConcurrentRelocations(2);
        ProcessorMigration migration = f.createProcessorMigration();
        migration.setName("z17");
        migration.setReplacedCec(sample.cec1);
        migration.setNewMachineType(MachineType.Z17);
        MemberFailure failure = f.createMemberFailure();
        failure.setName("lose-sysc");
        failure.setFailedMember(sample.sysc);
        OperatorScript script = f.createOperatorScript();
        script.setName("script");
        OperatorStep step = f.createOperatorStep();
        step.setAction(OperatorAction.RELOCATE);
        step.setGuest(sample.linuxGuest);
        step.setMember(sample.sysc);
        script.getSteps().add(step);
        sample.installation.getScenarios().add(rollout);
        sample.installation.getScenarios().add(migration);
        sample.installation.getScenarios().add(failure);
        sample.installation.getScenarios().add(script);

        InstallationStore store = new InstallationStore();
        Path file = dir.resolve("with-scenarios.ssiplan");
        store.save(sample.installation, file);
        Installation loaded = store.load(file);

        assertTrue(EcoreUtil.equals(sample.installation, loaded), "scenarios reload equal");
        MaintenanceRollout r = (MaintenanceRollout) loaded.getScenarios().get(0);
        assertEquals("SYSB", r.getMemberOrder().get(0).getName());
        assertEquals(loaded.getClusters().get(0).getMembers().get(1), r.getMemberOrder().get(0));
        assertTrue(r.isSetMaxQuiesceSeconds());
        assertFalse(r.isSetMaxTotalSeconds(), "an unset limit stays unset (NOLIMIT/default)");
        assertFalse(r.isMoveGuestsBack());
        assertEquals(MachineType.Z17, ((ProcessorMigration) loaded.getScenarios().get(1)).getNewMachineType());
        OperatorStep s = ((OperatorScript) loaded.getScenarios().get(3)).getSteps().get(0);
        assertEquals(OperatorAction.RELOCATE, s.getAction());
        assertEquals(sample.linuxGuest.getUserid(), s.getGuest().getUserid());
    }
}
