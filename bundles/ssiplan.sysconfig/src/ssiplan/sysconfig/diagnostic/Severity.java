package ssiplan.sysconfig.diagnostic;

import java.util.Locale;

/** How bad a finding is. Printed lower-case, the way compilers print it. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
