package ssiplan.sysconfig.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import ssiplan.model.DasdDeviceType;
import ssiplan.model.DedicatedDevice;
import ssiplan.model.DeviceNumber;
import ssiplan.model.DirectoryEntry;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Minidisk;
import ssiplan.model.MinidiskLink;
import ssiplan.model.NicDef;
import ssiplan.model.NicType;
import ssiplan.model.Profile;
import ssiplan.model.SsiCluster;
import ssiplan.model.Subconfig;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualMachine;
import ssiplan.model.format.StorageSize;
import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.diagnostic.Rule;
import ssiplan.sysconfig.directory.DirectoryComment;
import ssiplan.sysconfig.directory.DirectoryStatement;
import ssiplan.sysconfig.format.DirectoryStatementWriter;
import ssiplan.sysconfig.format.RecordLayout;
import ssiplan.sysconfig.syntax.SourceSpan;

/**
 * Writes the cluster's source directory (reference §2): DIRECTORY statements, kept GLOBALDEFS, the
 * PROFILEs, then every USER and IDENTITY entry, each IDENTITY followed by its SUBCONFIG entries
 * ({@code BUILD ON member USING SUBCONFIG id}, {@code BUILD ON *} for a SUBCONFIG without a member).
 * Inside an entry statements follow {@link DirectoryOrder}.
 *
 * <p>SSI Planner never stores passwords, so every USER and IDENTITY line carries
 * {@link #PASSWORD_PLACEHOLDER}: nine characters, one more than a directory password may have, so
 * DIRECTXA refuses the file until each one is replaced. A warning says so.
 */
public final class UserDirectExporter {

    /** Written where a password belongs; longer than the 8 characters a password may have [U], so it cannot go live. */
    public static final String PASSWORD_PLACEHOLDER = "CHANGE-ME";

    private final RecordLayout layout;

    public UserDirectExporter(RecordLayout layout) {
        this.layout = layout;
    }

    public UserDirectExporter() {
        this(RecordLayout.standard());
    }

    public Export export(SsiCluster cluster, String modelFile) {
        return new Run(cluster, modelFile == null ? "<unsaved model>" : modelFile).export();
    }

    /** One line of an entry with its place in the order. */
    private record Ranked(int rank, DirectoryStatement statement) {
    }

    private final class Run {
        private final SsiCluster cluster;
        private final String modelFile;
        private final Diagnostics diagnostics;
        private final DirectoryStatementWriter writer = new DirectoryStatementWriter(layout);
        private final List<String> records = new ArrayList<>();
        private int placeholders;

        Run(SsiCluster cluster, String modelFile) {
            this.cluster = cluster;
            this.modelFile = modelFile;
            this.diagnostics = new Diagnostics(modelFile);
        }

        Export export() {
            header();
            if (cluster.getDirectoryStatements().isEmpty()) {
                comment("No DIRECTORY statement in the model: add the one for your object directory volume.");
                diagnostics.warning(0, 0, Rule.EXPORT_MISSING, "cluster " + cluster.getName() + " has no DIRECTORY "
                        + "statement; the exported USER DIRECT needs one before DIRECTXA can build the object directory, add it");
            }
            for (String statement : cluster.getDirectoryStatements()) {
                records.add(statement.strip());
            }
            List<String> laterEntries = new ArrayList<>();
            for (String entry : cluster.getOtherDirectoryEntries()) {
                if (DirectoryOrder.keyword(firstStatement(entry)).equals("GLOBALDEFS")) {
                    keptEntry(entry);
                } else {
                    laterEntries.add(entry);
                }
            }
            for (Profile profile : cluster.getProfiles()) {
                separator();
                line(DirectoryStatement.of("PROFILE", Objects.toString(profile.getName(), "")));
                body(profile, List.of());
            }
            for (VirtualMachine guest : cluster.getVirtualMachines()) {
                virtualMachine(guest);
            }
            laterEntries.forEach(this::keptEntry);
            if (placeholders > 0) {
                diagnostics.warning(0, 0, Rule.EXPORT_PASSWORD, placeholders + " USER/IDENTITY entr"
                        + (placeholders == 1 ? "y has" : "ies have") + " the password placeholder " + PASSWORD_PLACEHOLDER
                        + " (SSI Planner keeps no passwords); replace each with the real password, or NOLOG, AUTOONLY "
                        + "or LBYONLY, before running DIRECTXA");
            }
            return new Export(records, diagnostics.list());
        }

        private void header() {
            comment("USER DIRECT for SSI cluster " + Objects.toString(cluster.getName(), "(unnamed)"));
            comment("Generated by SSI Planner from " + modelFile + ".");
            comment("Passwords are not kept by SSI Planner: replace every " + PASSWORD_PLACEHOLDER
                    + " with the real password before running DIRECTXA.");
            comment("USER entries are single-configuration guests (they can relocate); IDENTITY entries are "
                    + "built on each member from their SUBCONFIG entries.");
        }

        private void virtualMachine(VirtualMachine guest) {
            separator();
            String keyword = guest instanceof IdentityEntry ? "IDENTITY" : "USER";
            String userid = Objects.toString(guest.getUserid(), "");
            if (userid.isBlank() || userid.length() > 8) {
                diagnostics.error(0, 0, Rule.EXPORT_NAME, keyword + " user id '" + userid + "' is "
                        + (userid.isBlank() ? "empty" : userid.length() + " characters") + "; a user id has 1-8 characters, rename it");
                if (userid.isBlank()) {
                    return;
                }
            }
            if (guest.getStorageMiB() <= 0) {
                diagnostics.warning(0, 0, Rule.EXPORT_MISSING, keyword + " " + userid + " has no storage size; "
                        + "wrote 0M, set the guest's storage");
            }
            int max = Math.max(guest.getMaxStorageMiB(), guest.getStorageMiB());
            if (guest.getMaxStorageMiB() < guest.getStorageMiB()) {
                diagnostics.warning(0, 0, Rule.EXPORT_MISSING, keyword + " " + userid + " has a maximum storage below "
                        + "its initial storage; wrote the initial size as maximum, raise the maximum");
            }
            String classes = SystemConfigExporter.present(guest.getPrivilegeClasses()) ? guest.getPrivilegeClasses() : "G";
            placeholders++;
            line(DirectoryStatement.of(keyword, userid, PASSWORD_PLACEHOLDER, StorageSize.ofMiB(guest.getStorageMiB()),
                    StorageSize.ofMiB(max), classes));
            List<Ranked> extra = new ArrayList<>();
            if (guest instanceof IdentityEntry identity) {
                for (Subconfig sub : identity.getSubconfigs()) {
                    String member = sub.getMember() == null ? "*" : sub.getMember().getName();
                    extra.add(new Ranked(DirectoryOrder.BUILD, DirectoryStatement.of("BUILD", "ON", member, "USING",
                            "SUBCONFIG", Objects.toString(sub.getName(), ""))));
                }
            }
            if (guest.getProfile() != null) {
                extra.add(new Ranked(DirectoryOrder.INCLUDE, DirectoryStatement.of("INCLUDE", guest.getProfile().getName())));
            }
            boolean keptMachine = hasKept(guest, "MACHINE");
            if (guest.getVirtualCpus() > 1 && !keptMachine) {
                extra.add(new Ranked(DirectoryOrder.MACHINE, DirectoryStatement.of("MACHINE", "ESA",
                        Integer.toString(guest.getVirtualCpus()))));
            }
            if (guest.getVirtualCpus() > 1 && !hasKept(guest, "CPU")) {
                for (int cpu = 0; cpu < guest.getVirtualCpus(); cpu++) {
                    String address = String.format("%02X", cpu);
                    extra.add(new Ranked(DirectoryOrder.CPU, cpu == 0 ? DirectoryStatement.of("CPU", address, "BASE")
                            : DirectoryStatement.of("CPU", address)));
                }
            }
            if (SystemConfigExporter.present(guest.getIpl()) && !hasKept(guest, "IPL")) {
                List<String> operands = Arrays.asList(guest.getIpl().strip().split("\\s+"));
                extra.add(new Ranked(DirectoryOrder.IPL, DirectoryStatement.of("IPL", operands.toArray(String[]::new))));
            }
            if (guest.isChpidVirtualizationOne()) {
                extra.add(new Ranked(DirectoryOrder.OPTION, DirectoryStatement.of("OPTION", "CHPIDVIRTUALIZATION", "ONE")));
            }
            if (guest instanceof UserEntry && !hasKept(guest, "VMRELOCATE")) {
                DirectoryStatement relocate = !guest.isRelocatable() ? DirectoryStatement.of("VMRELOCATE", "OFF")
                        : guest.getRelocationDomain() == null ? DirectoryStatement.of("VMRELOCATE", "ON")
                        : DirectoryStatement.of("VMRELOCATE", "ON", "DOMAIN", guest.getRelocationDomain().getName());
                extra.add(new Ranked(DirectoryOrder.VMRELOCATE, relocate));
            }
            body(guest, extra);
            if (guest instanceof IdentityEntry identity) {
                for (Subconfig sub : identity.getSubconfigs()) {
                    line(DirectoryStatement.of("SUBCONFIG", Objects.toString(sub.getName(), "")));
                    body(sub, List.of());
                }
            }
        }

        private boolean hasKept(DirectoryEntry entry, String keyword) {
            return entry.getOtherStatements().stream().anyMatch(s -> DirectoryOrder.keyword(s).equals(keyword));
        }

        /** The entry's statements after its header, in {@link DirectoryOrder}. */
        private void body(DirectoryEntry entry, List<Ranked> extra) {
            List<Ranked> lines = new ArrayList<>(extra);
            String indent = " ".repeat(layout.directoryIndent());
            for (String kept : entry.getOtherStatements()) {
                String keyword = DirectoryOrder.keyword(kept);
                lines.add(new Ranked(DirectoryOrder.ofKept(keyword), new DirectoryStatement(keyword, List.of(),
                        new SourceSpan(modelFile, 0, 0, List.of(indent + kept.strip())))));
            }
            for (MinidiskLink link : entry.getLinks()) {
                lines.add(new Ranked(DirectoryOrder.LINK, DirectoryStatement.of("LINK", text(link.getOwner()),
                        text(link.getOwnerVaddr()), text(link.getVaddr()), link.getMode().getLiteral())));
            }
            for (NicDef nic : entry.getNics()) {
                lines.add(new Ranked(DirectoryOrder.NICDEF, nicdef(nic)));
            }
            for (DedicatedDevice device : entry.getDedicatedDevices()) {
                String rdev = SystemConfigExporter.present(device.getRdev()) ? device.getRdev()
                        : device.getDevice() == null ? "" : device.getDevice().getDeviceNumbers().stream()
                                .map(DeviceNumber::getRdev).filter(SystemConfigExporter::present).findFirst().orElse("");
                if (rdev.isEmpty()) {
                    diagnostics.warning(0, 0, Rule.EXPORT_MISSING, "DEDICATE " + device.getVaddr() + " has no real "
                            + "device number; not written, give the device a number");
                    continue;
                }
                lines.add(new Ranked(DirectoryOrder.DEDICATE, DirectoryStatement.of("DEDICATE", text(device.getVaddr()), rdev)));
            }
            for (Minidisk disk : entry.getMinidisks()) {
                DirectoryStatement mdisk = mdisk(disk);
                if (mdisk != null) {
                    lines.add(new Ranked(DirectoryOrder.MDISK, mdisk));
                }
            }
            lines.sort(Comparator.comparingInt(Ranked::rank));
            lines.forEach(r -> line(r.statement()));
        }

        private DirectoryStatement nicdef(NicDef nic) {
            List<String> operands = new ArrayList<>(List.of(text(nic.getVaddr()), "TYPE",
                    nic.getType() == NicType.HIPERS ? "HIPER" : "QDIO"));
            if (nic.getVswitch() != null) {
                operands.addAll(List.of("LAN", "SYSTEM", text(nic.getVswitch().getName())));
            }
            if (SystemConfigExporter.present(nic.getMacId())) {
                operands.addAll(List.of("MACID", nic.getMacId()));
            }
            if (nic.getVlan() > 0) {
                operands.addAll(List.of("VLAN", Integer.toString(nic.getVlan())));
            }
            if (SystemConfigExporter.present(nic.getOtherOperands())) {
                operands.addAll(Arrays.asList(nic.getOtherOperands().strip().split("\\s+")));
            }
            return DirectoryStatement.of("NICDEF", operands.toArray(String[]::new));
        }

        private DirectoryStatement mdisk(Minidisk disk) {
            String vaddr = text(disk.getVaddr());
            String mode = disk.getMode().getLiteral();
            switch (disk.getKind()) {
                case VDISK:
                    return DirectoryStatement.of("MDISK", vaddr, "FB-512", "V-DISK", Integer.toString(disk.getSize()), mode);
                case TDISK:
                    return DirectoryStatement.of("MDISK", vaddr, "3390", "T-DISK", Integer.toString(disk.getSize()), mode);
                default:
                    if (disk.getVolume() == null || !SystemConfigExporter.present(disk.getVolume().getVolser())) {
                        diagnostics.warning(0, 0, Rule.EXPORT_MISSING, "MDISK " + vaddr + " has no volume; not written, "
                                + "put the minidisk on a volume");
                        return null;
                    }
                    String devtype = disk.getVolume().getDeviceType() == DasdDeviceType.EDEV ? "FB-512" : "3390";
                    return DirectoryStatement.of("MDISK", vaddr, devtype, Integer.toString(disk.getStart()),
                            Integer.toString(disk.getSize()), disk.getVolume().getVolser(), mode);
            }
        }

        private void keptEntry(String entry) {
            records.addAll(Arrays.asList(entry.split("\n", -1)));
        }

        private String firstStatement(String entry) {
            for (String record : entry.split("\n")) {
                String stripped = record.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("*")) {
                    return stripped;
                }
            }
            return "";
        }

        private void separator() {
            records.add("*");
        }

        private void comment(String text) {
            records.addAll(writer.write(DirectoryComment.of(text)));
        }

        private void line(DirectoryStatement statement) {
            records.addAll(writer.write(statement, diagnostics));
        }

        private String text(String value) {
            return value == null || value.isBlank() ? "?" : value.toUpperCase(Locale.ROOT);
        }
    }
}
