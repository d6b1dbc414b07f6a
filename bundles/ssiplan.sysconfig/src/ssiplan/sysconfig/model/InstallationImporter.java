package ssiplan.sysconfig.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ssiplan.model.derived.ReleaseLimits;
import ssiplan.sysconfig.config.SystemConfig;
import ssiplan.sysconfig.config.SystemConfigReader;
import ssiplan.sysconfig.config.check.CheckOptions;
import ssiplan.sysconfig.config.check.SystemConfigChecks;
import ssiplan.sysconfig.diagnostic.Diagnostic;
import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.directory.UserDirect;
import ssiplan.sysconfig.directory.UserDirectReader;
import ssiplan.sysconfig.directory.check.UserDirectChecks;

/**
 * The whole import: read SYSTEM CONFIG (and optionally USER DIRECT), run the statement checks, build the
 * model, then run the rule catalogue (ssiplan.validation) on it, so an imported file gets the same advice
 * as a drawn one; its findings are positioned at the statement each element came from. Diagnostics come
 * back per file in line order (SYSTEM CONFIG, USER DIRECT, then model findings). Never throws on bad
 * input; an unreadable file is an {@code IO-READ} error.
 */
public final class InstallationImporter {

    public ImportResult importFiles(Path systemConfig, Path userDirect) {
        SystemConfig config = new SystemConfigReader().read(systemConfig);
        UserDirect directory = userDirect == null ? null : new UserDirectReader().read(userDirect);
        return importRead(config, directory);
    }

    public ImportResult importText(String configName, String configText, String directoryName, String directoryText) {
        SystemConfig config = new SystemConfigReader().read(configName, configText);
        UserDirect directory = directoryText == null ? null : new UserDirectReader().read(directoryName, directoryText);
        return importRead(config, directory);
    }

    public ImportResult importRead(SystemConfig config, UserDirect directory) {
        ImportedModel model = new ImportedModel();
        // Imported clusters are at the model's default release until the user says otherwise; its member
        // limit ([U] 8 from 7.3) decides the SLOT range the checks accept.
        int maxMembers = ReleaseLimits.maxMembers(model.installation.getSettings(), model.cluster.getRelease());
        List<Diagnostic> configFindings = new ArrayList<>(config.diagnostics());
        configFindings.addAll(new SystemConfigChecks(new CheckOptions(maxMembers)).check(config));
        Diagnostics mapping = new Diagnostics(config.file());
        new SystemConfigImporter().importConfig(config, model, mapping);
        configFindings.addAll(mapping.list());
        List<Diagnostic> all = new ArrayList<>(sorted(configFindings));
        if (directory != null) {
            List<Diagnostic> directoryFindings = new ArrayList<>(directory.diagnostics());
            directoryFindings.addAll(new UserDirectChecks().check(directory));
            Diagnostics directoryMapping = new Diagnostics(directory.file());
            new UserDirectImporter().importInto(directory, model, directoryMapping);
            directoryFindings.addAll(directoryMapping.list());
            all.addAll(sorted(directoryFindings));
        }
        all.addAll(new CatalogueFindings().of(model.installation, model.positions, config.file()));
        return new ImportResult(model.installation, model.cluster, all, model.positions);
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> sorted = new ArrayList<>(diagnostics);
        sorted.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return sorted;
    }
}
