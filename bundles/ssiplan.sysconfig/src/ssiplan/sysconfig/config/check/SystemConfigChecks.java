package ssiplan.sysconfig.config.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ssiplan.sysconfig.config.Statement;
import ssiplan.sysconfig.config.SystemConfig;
import ssiplan.sysconfig.diagnostic.Diagnostic;
import ssiplan.sysconfig.diagnostic.Diagnostics;

/**
 * The statement-level checks that need no model: operand shapes and duplicates of SSI,
 * System_Identifier, ACTIVATE ISLINK, DEFINE VSWITCH, CP_Owned and VMLAN. Cross-statement rules that
 * need the installation (full ISFC mesh, PDR volume listed, spool slots equal on every member) belong
 * to the validation bundle.
 */
public final class SystemConfigChecks {

    private final List<StatementCheck> checks;

    public SystemConfigChecks(CheckOptions options) {
        this.checks = List.of(new SsiCheck(options), new SystemIdentifierCheck(), new IslinkCheck(),
                new VswitchCheck(), new CpOwnedCheck(), new VmlanCheck());
    }

    public SystemConfigChecks() {
        this(CheckOptions.defaults());
    }

    /** Findings in file order. */
    public List<Diagnostic> check(SystemConfig config) {
        return check(config.file(), config.statements());
    }

    public List<Diagnostic> check(String file, List<Statement> statements) {
        Diagnostics diagnostics = new Diagnostics(file);
        for (StatementCheck check : checks) {
            check.check(statements, diagnostics);
        }
        List<Diagnostic> sorted = new ArrayList<>(diagnostics.list());
        sorted.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return sorted;
    }
}
