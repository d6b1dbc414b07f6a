package ssiplan.sysconfig.tests;

import java.util.List;

import ssiplan.sysconfig.config.Statement;
import ssiplan.sysconfig.config.SystemConfig;
import ssiplan.sysconfig.config.SystemConfigPart;
import ssiplan.sysconfig.config.SystemConfigReader;
import ssiplan.sysconfig.config.check.SystemConfigChecks;
import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.directory.UserDirect;
import ssiplan.sysconfig.directory.UserDirectReader;
import ssiplan.sysconfig.directory.check.UserDirectChecks;
import ssiplan.sysconfig.format.SystemConfigWriter;
import ssiplan.sysconfig.format.UserDirectWriter;
import ssiplan.sysconfig.model.ImportResult;
import ssiplan.sysconfig.model.InstallationImporter;
import ssiplan.sysconfig.model.SystemConfigExporter;
import ssiplan.sysconfig.model.UserDirectExporter;

/**
 * Generates a 100,000-line SYSTEM CONFIG and a 100,000-line USER DIRECT, then times reading, checking
 * and writing them (modelled statements re-formatted, so the writer really works), and the model
 * mapping: importing both files into an installation model (read, checks, mapping, model checks) and
 * exporting that model to both files again. A benchmark, not a test: run its main; the goal is under a
 * second for each file on a 2-core machine. Three rounds are printed because the first one includes JIT
 * warm-up.
 */
public final class ReaderBench {

    private static final int LINES = 100_000;

    private ReaderBench() {
    }

    public static void main(String[] args) {
        String config = systemConfig();
        String directory = userDirect();
        System.out.printf("SYSTEM CONFIG: %,d lines, %,d chars; USER DIRECT: %,d lines, %,d chars%n",
                config.lines().count(), config.length(), directory.lines().count(), directory.length());
        for (int round = 1; round <= 3; round++) {
            long t0 = System.nanoTime();
            long t0c = cpu();
            SystemConfig read = new SystemConfigReader().read("bench.config", config);
            long t1 = System.nanoTime();
            long t1c = cpu();
            int findings = new SystemConfigChecks().check(read).size();
            long t2 = System.nanoTime();
            long t2c = cpu();
            List<SystemConfigPart> parts = read.parts().stream()
                    .map(p -> p instanceof Statement s && s.isModelled() ? (SystemConfigPart) s.detached() : p).toList();
            String written = new SystemConfigWriter().write(parts);
            long t3 = System.nanoTime();
            long t3c = cpu();
            System.out.printf("round %d SYSTEM CONFIG: read %d ms (%,d statements, %d diagnostics), check %d ms (%d findings), "
                    + "write %d ms (%,d chars); total %d ms%n", round, ms(t0, t1), read.statements().size(),
                    read.diagnostics().size(), ms(t1, t2), findings, ms(t2, t3), written.length(), ms(t0, t3));
            System.out.printf("        cpu: read %d ms, check %d ms, write %d ms%n", ms(t0c, t1c), ms(t1c, t2c), ms(t2c, t3c));

            long u0 = System.nanoTime();
            long u0c = cpu();
            UserDirect dir = new UserDirectReader().read("bench.direct", directory);
            long u1 = System.nanoTime();
            long u1c = cpu();
            int dirFindings = new UserDirectChecks().check(dir).size();
            long u2 = System.nanoTime();
            long u2c = cpu();
            String dirWritten = new UserDirectWriter().write(dir.prologue(),
                    dir.entries().stream().map(e -> new ssiplan.sysconfig.directory.DirectoryEntry(e.kind(), e.name(),
                            e.lines().stream().map(l -> l instanceof ssiplan.sysconfig.directory.DirectoryStatement s
                                    ? (ssiplan.sysconfig.directory.DirectoryLine) s.detached() : l).toList())).toList(),
                    new Diagnostics("bench.out"));
            long u3 = System.nanoTime();
            long u3c = cpu();
            System.out.printf("round %d USER DIRECT:   read %d ms (%,d entries), check %d ms (%d findings), write %d ms "
                    + "(%,d chars); total %d ms%n", round, ms(u0, u1), dir.entries().size(), ms(u1, u2), dirFindings,
                    ms(u2, u3), dirWritten.length(), ms(u0, u3));
            System.out.printf("        cpu: read %d ms, check %d ms, write %d ms%n", ms(u0c, u1c), ms(u1c, u2c), ms(u2c, u3c));

            long m0 = System.nanoTime();
            long m0c = cpu();
            ImportResult imported = new InstallationImporter().importText("bench.config", config, null, null);
            long m1 = System.nanoTime();
            long m1c = cpu();
            String exportedConfig = new SystemConfigExporter().export(imported.cluster(), "bench.ssiplan").text();
            long m2 = System.nanoTime();
            long m2c = cpu();
            System.out.printf("round %d model SYSTEM CONFIG: import %d ms (%,d kept statements, %,d diagnostics), "
                    + "export %d ms (%,d lines)%n", round, ms(m0, m1), imported.cluster().getConfigStatements().size(),
                    imported.diagnostics().size(), ms(m1, m2), exportedConfig.lines().count());
            System.out.printf("        cpu: import %d ms, export %d ms%n", ms(m0c, m1c), ms(m1c, m2c));
            long d0 = System.nanoTime();
            long d0c = cpu();
            ImportResult both = new InstallationImporter().importText("bench.config", config, "bench.direct", directory);
            long d1 = System.nanoTime();
            long d1c = cpu();
            String exportedDirectory = new UserDirectExporter().export(both.cluster(), "bench.ssiplan").text();
            long d2 = System.nanoTime();
            long d2c = cpu();
            System.out.printf("round %d model USER DIRECT: import of both files %d ms (directory part %d ms, %,d guests), "
                    + "export %d ms (%,d lines)%n", round, ms(d0, d1), ms(d0, d1) - ms(m0, m1),
                    both.cluster().getVirtualMachines().size(), ms(d1, d2), exportedDirectory.lines().count());
            System.out.printf("        cpu: import of both %d ms (directory part %d ms), export %d ms%n", ms(d0c, d1c),
                    ms(d0c, d1c) - ms(m0c, m1c), ms(d1c, d2c));
        }
    }

    /** CPU time of this thread: on a shared 2-core machine wall time mostly measures the other processes. */
    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** About 100,000 records: per member a BEGIN block, then shared CP_Owned, VSWITCHes and comments. */
    static String systemConfig() {
        StringBuilder b = new StringBuilder(LINES * 45);
        int lines = 0;
        b.append("/* generated SYSTEM CONFIG for ReaderBench */\n");
        b.append("SSI BENCH PDR_VOLUME VMCOM1,\n  SLOT 1 SYSA,\n  SLOT 2 SYSB,\n  SLOT 3 SYSC,\n  SLOT 4 SYSD\n");
        b.append("CP_Owned Slot 5 VMCOM1\nSYSA: DEFINE VSWITCH VSWPROD RDEV 1000 ETH\nRELOCATION_DOMAIN EAST MEMBERS SYSA SYSB\n");
        lines += 9;
        int n = 0;
        String[] members = {"SYSA", "SYSB", "SYSC", "SYSD"};
        while (lines < LINES - 20) {
            String member = members[n % 4];
            b.append(member).append(": BEGIN\n");
            b.append("  System_Residence,\n     Checkpoint Volid M0").append(n % 4 + 1)
                    .append("RES From CYL 21 For 9,\n     Warmstart  Volid M0").append(n % 4 + 1).append("RES From CYL 30 For 9\n");
            b.append("  ACTIVATE ISLINK ").append(String.format("%04X %04X", n % 0xFFFF, (n + 1) % 0xFFFF)).append(" NODE SYSB\n");
            b.append(member).append(": END\n");
            b.append("/* volume group ").append(n).append(" */\n");
            b.append(String.format("CP_Owned Slot %3d V%05d      /* spool */%n", n % 255 + 1, n % 100000));
            b.append(String.format("%s: DEFine VSWITCH VS%06d RDEV %04X TYPE QDIO ETH VLAN AWARE,%n", member, n, n % 0xFFFF));
            b.append("        NATive 1 PORTType TRUNK QUEuestorage 8\n");
            b.append("Char_Defaults Char_Delete off\n");
            b.append("\n");
            lines += 12;
            n++;
        }
        return b.toString();
    }

    /** About 100,000 records: Linux guests of 12 records each after two profiles. */
    static String userDirect() {
        StringBuilder b = new StringBuilder(LINES * 35);
        b.append("DIRECTORY 0123 3390 VMCOM1\nPROFILE LNXDFLT\n CPU 00 BASE\n IPL CMS\n MACHINE ESA 4\n");
        int lines = 5;
        int n = 0;
        while (lines < LINES - 12) {
            b.append("*\n");
            b.append(String.format("USER L%07d PW 4G 8G G%n", n));
            b.append(" INCLUDE LNXDFLT\n VMRELOCATE ON DOMAIN EAST\n OPTION CHPIDV ONE\n");
            b.append(String.format(" NICDEF 0600 TYPE QDIO LAN SYSTEM VSWPROD MACID %06X%n", n % 0xFFFFFF));
            b.append(String.format(" MDISK 0100 3390 %04d 10016 LX%04d MR%n", n % 9000 + 1, n % 10000));
            b.append(" MDISK 0401 FB-512 V-DISK 8000 MW\n LINK MAINT 0190 0190 RR\n ACCOUNT 1 LINUX\n");
            b.append(" SPOOL 000C 2540 READER *\n CONSOLE 0009 3215 T\n");
            lines += 12;
            n++;
        }
        return b.toString();
    }
}
