package ssiplan.sysconfig.config.check;

import java.util.List;

import ssiplan.sysconfig.config.Statement;
import ssiplan.sysconfig.diagnostic.Diagnostics;

/** One rule over the statements of a SYSTEM CONFIG file, needing nothing but the statements. */
interface StatementCheck {

    void check(List<Statement> statements, Diagnostics diagnostics);

    /**
     * Whether two statements can both apply to one member: they can unless both are qualified for
     * different members. Duplicate rules ("only one SSI", "first VSWITCH wins") are per member.
     */
    static boolean overlap(Statement a, Statement b) {
        return a.qualifier() == null || b.qualifier() == null || a.qualifier().sameMember(b.qualifier());
    }
}
