package ssiplan.sysconfig.directory;

import java.util.Set;

/**
 * The directory statements SSI Planner interprets (reference §2). Other CP directory statements
 * (ACCOUNT, SHARE, IUCV, LOGONBY, ...) are valid but only kept verbatim. Keywords must be spelled in
 * full: which directory keywords CP accepts abbreviated was not confirmed.
 */
final class DirectoryKeywords {

    private static final Set<String> MODELLED = Set.of(
            "DIRECTORY", "GLOBALDEFS", "USER", "IDENTITY", "SUBCONFIG", "PROFILE", "POOL",
            "BUILD", "INCLUDE", "MDISK", "LINK", "NICDEF", "OPTION", "VMRELOCATE", "CPU", "MACHINE",
            "IPL", "CONSOLE", "SPOOL", "STORAGE", "MAXSTORAGE", "DEDICATE", "COMMAND");

    private DirectoryKeywords() {
    }

    static boolean isModelled(String keyword) {
        return MODELLED.contains(keyword);
    }
}
