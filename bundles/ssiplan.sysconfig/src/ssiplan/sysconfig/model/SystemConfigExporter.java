package ssiplan.sysconfig.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import ssiplan.model.ConfigStatement;
import ssiplan.model.CpOwnedSlot;
import ssiplan.model.CtcConnection;
import ssiplan.model.DasdVolume;
import ssiplan.model.DeviceNumber;
import ssiplan.model.Installation;
import ssiplan.model.IsfcLink;
import ssiplan.model.Member;
import ssiplan.model.OsaDevice;
import ssiplan.model.PortAssignment;
import ssiplan.model.RealDevice;
import ssiplan.model.RelocationDomain;
import ssiplan.model.SsiCluster;
import ssiplan.model.SystemResidence;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VlanMode;
import ssiplan.model.VolumeUse;
import ssiplan.model.VswitchTransport;
import ssiplan.model.VswitchType;
import ssiplan.model.VswitchUplink;
import ssiplan.model.derived.CpOwnedSlots;
import ssiplan.model.derived.IsfcLinks;
import ssiplan.sysconfig.config.Qualifier;
import ssiplan.sysconfig.config.Statement;
import ssiplan.sysconfig.config.StatementKind;
import ssiplan.sysconfig.config.SystemConfigReader;
import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.diagnostic.Rule;
import ssiplan.sysconfig.format.CommentBox;
import ssiplan.sysconfig.format.RecordLayout;
import ssiplan.sysconfig.format.StatementWriter;
import ssiplan.sysconfig.syntax.OperandShapes;

/**
 * Writes the one SYSTEM CONFIG file all members of a cluster share (reference §1). Sections, always in
 * this order so a regenerated file diffs cleanly: header; {@code System_Identifier LPAR} lines (CP must
 * know the system name before the SSI statement); {@code SSI}; {@code System_Residence} per member;
 * {@code CP_Owned} by slot (unqualified where every member has the same shared volume in the slot,
 * member-qualified otherwise); {@code User_Volume_List} shared and member-local; one
 * {@code NAME: BEGIN}/{@code NAME: END} block per member with VMLAN, ACTIVATE ISLINK to every partner,
 * RDEVICE ... EQID, DEFINE VSWITCH and the statements kept for that member; switches defined alike on
 * every member; relocation domains; service statements (the ones kept from an import, or IBM's
 * defaults for a drawn cluster).
 *
 * <p>Everything comes from the model; statements the model keeps as text ({@link ConfigStatement}) are
 * copied as they were read. What the file needs but the model lacks is reported, never invented
 * silently. Records are at most 80 columns, statement text within the layout's content width.
 */
public final class SystemConfigExporter {

    /** IBM installer's checkpoint and warm start extents on the sysres [U], used when the model has none. */
    static final int CHECKPOINT_START = 21;
    static final int CHECKPOINT_SIZE = 9;
    static final int WARMSTART_START = 30;
    static final int WARMSTART_SIZE = 9;
    /** An OSA port is three consecutive devices (read, write, data) starting at its base number. */
    static final int OSA_DEVICES = 3;

    private final RecordLayout layout;
    private final StatementWriter writer;
    private final CommentBox boxes;

    public SystemConfigExporter(RecordLayout layout) {
        this.layout = layout;
        this.writer = new StatementWriter(layout);
        this.boxes = new CommentBox(layout);
    }

    public SystemConfigExporter() {
        this(RecordLayout.standard());
    }

    /**
     * @param modelFile the model's file name for the header and for diagnostics (null: an unsaved model)
     */
    public Export export(SsiCluster cluster, String modelFile) {
        return new Run(cluster, modelFile == null ? "<unsaved model>" : modelFile).export();
    }

    private final class Run {
        private final SsiCluster cluster;
        private final String modelFile;
        private final Diagnostics diagnostics;
        private final List<String> records = new ArrayList<>();
        private final List<Member> members;
        private final Map<String, List<ConfigStatement>> keptByQualifier = new LinkedHashMap<>();
        private final List<ConfigStatement> keptIdentifiers = new ArrayList<>();

        Run(SsiCluster cluster, String modelFile) {
            this.cluster = cluster;
            this.modelFile = modelFile;
            this.diagnostics = new Diagnostics(modelFile);
            this.members = cluster.getMembers().stream().filter(m -> name(m.getName(), "member name", 8, true) != null)
                    .sorted(Comparator.comparingInt(Member::getSlot)).toList();
            for (ConfigStatement kept : cluster.getConfigStatements()) {
                String keyword = upper(kept.getKeyword());
                if (keyword.equals(StatementKind.SYSTEM_IDENTIFIER.keyword())
                        || keyword.equals(StatementKind.SYSTEM_IDENTIFIER_DEFAULT.keyword())) {
                    keptIdentifiers.add(kept);
                } else {
                    keptByQualifier.computeIfAbsent(upper(kept.getQualifier()), k -> new ArrayList<>()).add(kept);
                }
            }
        }

        Export export() {
            header();
            identifiers();
            ssi();
            residences();
            cpOwned();
            userVolumes();
            memberBlocks();
            sharedSwitches();
            domains();
            services();
            checkWidths();
            return new Export(records, diagnostics.list());
        }

        private void header() {
            // Only what the file itself carries, so a re-import exports the same header.
            records.addAll(boxes.box("SYSTEM CONFIG for SSI cluster " + Objects.toString(cluster.getName(), "(unnamed)"),
                    "Generated by SSI Planner from " + modelFile + ".",
                    "One file for all members: a NAME: statement, or a NAME: BEGIN ... NAME: END block, "
                            + "applies to member NAME only; all other statements apply to every member.",
                    "Run CPSYNTAX after every change."));
        }

        private void section(String... title) {
            records.add("");
            records.addAll(boxes.box(title));
            records.add("");
        }

        // System_Identifier ------------------------------------------------------------------------

        private void identifiers() {
            section("System_Identifier Information");
            Set<String> named = new TreeSet<>();
            for (ConfigStatement kept : keptIdentifiers) {
                reread(kept).ifPresent(s -> {
                    if (s.kind() == StatementKind.SYSTEM_IDENTIFIER && !s.operands().isEmpty()) {
                        named.add(s.operands().get(s.operands().size() - 1).upper());
                    }
                });
            }
            for (Member member : members) {
                String system = member.getName();
                if (named.contains(upper(system))) {
                    continue;
                }
                String lpar = member.getLpar() == null ? null : member.getLpar().getName();
                if (lpar == null || lpar.isBlank()) {
                    diagnostics.warning(0, 0, Rule.EXPORT_MISSING, "member " + system + " has no LPAR, so no "
                            + "System_Identifier line names it and CP cannot tell it is " + system
                            + "; put it in an LPAR");
                    continue;
                }
                if (name(lpar, "LPAR name", 8, false) != null) {
                    emit(Statement.of(StatementKind.SYSTEM_IDENTIFIER, "LPAR", lpar, system));
                }
            }
            keptIdentifiers.forEach(this::emitKept);
        }

        // SSI --------------------------------------------------------------------------------------

        private void ssi() {
            section("SSI Statement: the cluster, its PDR volume and its member slots");
            String ssiName = name(cluster.getName(), "SSI name", 8, true);
            if (ssiName == null) {
                return;
            }
            List<String> operands = new ArrayList<>();
            operands.add(ssiName);
            DasdVolume pdr = cluster.getPdrVolume();
            if (pdr != null && volser(pdr) != null) {
                operands.add("PDR_VOLUME");
                operands.add(pdr.getVolser());
            } else if (pdr == null) {
                diagnostics.warning(0, 0, Rule.EXPORT_MISSING, "cluster " + ssiName + " has no PDR volume; without "
                        + "PDR_VOLUME CP puts the PDR on the volume of the active parm disk; choose a PDR volume");
            }
            for (Member member : members) {
                operands.add("SLOT");
                operands.add(Integer.toString(member.getSlot()));
                operands.add(member.getName());
            }
            if (members.isEmpty()) {
                diagnostics.error(0, 0, Rule.EXPORT_MISSING, "cluster " + ssiName + " has no members; the SSI "
                        + "statement needs at least one SLOT n member");
            }
            emit(Statement.of(StatementKind.SSI, operands.toArray(String[]::new)));
        }

        // System_Residence -------------------------------------------------------------------------

        private void residences() {
            section("Checkpoint and Warmstart Information");
            for (Member member : members) {
                SystemResidence residence = member.getSystemResidence();
                DasdVolume checkpoint;
                DasdVolume warmstart;
                int cs = CHECKPOINT_START;
                int cz = CHECKPOINT_SIZE;
                int ws = WARMSTART_START;
                int wz = WARMSTART_SIZE;
                String unit = "CYL";
                if (residence != null && residence.getCheckpointVolume() != null && residence.getWarmstartVolume() != null) {
                    checkpoint = residence.getCheckpointVolume();
                    warmstart = residence.getWarmstartVolume();
                    cs = residence.getCheckpointStart();
                    cz = residence.getCheckpointSize();
                    ws = residence.getWarmstartStart();
                    wz = residence.getWarmstartSize();
                    unit = residence.getUnit().getLiteral();
                } else {
                    Optional<DasdVolume> sysres = sysres(member);
                    if (sysres.isEmpty()) {
                        diagnostics.warning(0, 0, Rule.EXPORT_MISSING, "member " + member.getName() + " has no "
                                + "system residence volume (CP_Owned slot 1 or a SYSRES volume it owns); no "
                                + "System_Residence statement written for it");
                        continue;
                    }
                    checkpoint = sysres.get();
                    warmstart = sysres.get();
                    diagnostics.warning(0, 0, Rule.EXPORT_MISSING, "member " + member.getName() + " has no "
                            + "checkpoint and warm start areas in the model; wrote IBM's installer defaults (CYL "
                            + CHECKPOINT_START + " For " + CHECKPOINT_SIZE + ", CYL " + WARMSTART_START + " For "
                            + WARMSTART_SIZE + " on " + checkpoint.getVolser() + "); check them against the volume");
                }
                if (volser(checkpoint) == null || volser(warmstart) == null) {
                    continue;
                }
                emit(Statement.of(StatementKind.SYSTEM_RESIDENCE, "CHECKPOINT", "VOLID", checkpoint.getVolser(), "FROM",
                        unit, Integer.toString(cs), "FOR", Integer.toString(cz), "WARMSTART", "VOLID",
                        warmstart.getVolser(), "FROM", unit, Integer.toString(ws), "FOR", Integer.toString(wz))
                        .withQualifier(member.getName()));
            }
        }

        private Optional<DasdVolume> sysres(Member member) {
            Optional<DasdVolume> slot1 = CpOwnedSlots.volumeIn(member, CpOwnedSlots.SYSRES_SLOT);
            if (slot1.isPresent()) {
                return slot1;
            }
            return ClusterVolumes.of(cluster).stream()
                    .filter(v -> v.getUse() == VolumeUse.SYSRES && v.getOwnerMember() == member).findFirst();
        }

        // CP_Owned ---------------------------------------------------------------------------------

        private void cpOwned() {
            section("CP Owned Volume Statements",
                    "Slot 1 sysres, slot 5 common, spool from slot 10 upward, page from slot 255 downward. "
                            + "Every member reaches every spool volume in the same slot; page and T-disk "
                            + "volumes are member-local. The comment names what the volume is for.");
            Map<Integer, Map<Member, DasdVolume>> bySlot = new TreeMap<>();
            for (Member member : members) {
                for (CpOwnedSlot slot : member.getCpOwnedSlots()) {
                    if (slot.getVolume() == null || volser(slot.getVolume()) == null) {
                        continue;
                    }
                    if (!CpOwnedSlots.isValidSlot(slot.getSlot())) {
                        diagnostics.error(0, 0, Rule.CP_OWNED_SLOT, "member " + member.getName() + " has "
                                + slot.getVolume().getVolser() + " in CP_Owned slot " + slot.getSlot()
                                + "; use a slot from 1 to 255");
                    }
                    bySlot.computeIfAbsent(slot.getSlot(), k -> new LinkedHashMap<>()).putIfAbsent(member, slot.getVolume());
                }
            }
            for (Map.Entry<Integer, Map<Member, DasdVolume>> entry : bySlot.entrySet()) {
                String slot = Integer.toString(entry.getKey());
                Map<Member, DasdVolume> holders = entry.getValue();
                DasdVolume first = holders.values().iterator().next();
                boolean everyMember = holders.size() == members.size()
                        && holders.values().stream().allMatch(v -> v == first) && !isMemberLocal(first.getUse());
                if (everyMember) {
                    emit(Statement.of(StatementKind.CP_OWNED, "SLOT", slot, first.getVolser())
                            .withTrailingComment(VolumeUseTag.of(first)));
                } else {
                    holders.forEach((member, volume) -> emit(Statement.of(StatementKind.CP_OWNED, "SLOT", slot,
                            volume.getVolser()).withQualifier(member.getName())
                            .withTrailingComment(VolumeUseTag.of(volume))));
                }
            }
        }

        // User volumes -----------------------------------------------------------------------------

        private void userVolumes() {
            List<DasdVolume> volumes = new ArrayList<>();
            // A label names one volume to CP; a mirror copy with the same label (disaster recovery) is not listed again.
            Set<String> labels = new TreeSet<>();
            for (DasdVolume volume : ClusterVolumes.of(cluster)) {
                if (cpOwnedByAnyMember(volume) && volume.getVolser() != null) {
                    labels.add(upper(volume.getVolser()));
                }
            }
            for (DasdVolume volume : ClusterVolumes.of(cluster)) {
                if (cpOwnedByAnyMember(volume) || volser(volume) == null || !labels.add(upper(volume.getVolser()))) {
                    continue;
                }
                if (isCpSpace(volume.getUse())) {
                    diagnostics.warning(0, 0, Rule.EXPORT_MISSING, VolumeUseTag.of(volume.getUse()) + " volume "
                            + volume.getVolser() + " is in no member's CP_Owned list, so CP will not use it; give it "
                            + "a CP_Owned slot");
                    continue;
                }
                volumes.add(volume);
            }
            section("Shared User Volumes");
            for (VolumeUse use : VolumeUse.values()) {
                List<String> shared = volumes.stream()
                        .filter(v -> v.getUse() == use && (!isMemberLocal(use) || v.getOwnerMember() == null
                                || !members.contains(v.getOwnerMember())))
                        .map(DasdVolume::getVolser).toList();
                if (!shared.isEmpty()) {
                    Statement list = Statement.of(StatementKind.USER_VOLUME_LIST, shared.toArray(String[]::new));
                    emit(use == VolumeUse.USER_SHARED ? list : list.withTrailingComment(VolumeUseTag.of(use)));
                }
            }
            section("User volumes for local minidisks");
            for (Member member : members) {
                for (VolumeUse use : VolumeUse.values()) {
                    if (!isMemberLocal(use)) {
                        continue;
                    }
                    List<String> local = volumes.stream().filter(v -> v.getUse() == use && v.getOwnerMember() == member)
                            .map(DasdVolume::getVolser).toList();
                    if (!local.isEmpty()) {
                        Statement list = Statement.of(StatementKind.USER_VOLUME_LIST, local.toArray(String[]::new))
                                .withQualifier(member.getName());
                        emit(use == VolumeUse.USER_LOCAL ? list : list.withTrailingComment(VolumeUseTag.of(use)));
                    }
                }
            }
        }

        private boolean cpOwnedByAnyMember(DasdVolume volume) {
            return members.stream().anyMatch(m -> CpOwnedSlots.slotOf(m, volume).isPresent());
        }

        // Member blocks ----------------------------------------------------------------------------

        private void memberBlocks() {
            section("Member settings: VMLAN, ISFC links, OSA equivalency ids, virtual switches",
                    "ACTIVATE ISLINK names this member's CTC devices and NODE the partner; every pair of "
                            + "members needs its own link, defined on both sides.");
            for (Member member : members) {
                List<Statement> block = new ArrayList<>();
                vmlan(member).ifPresent(block::add);
                block.addAll(islinks(member));
                block.addAll(rdevices(member));
                block.addAll(vswitches(member));
                List<ConfigStatement> kept = keptByQualifier.getOrDefault(upper(member.getName()), List.of());
                if (block.isEmpty() && kept.isEmpty()) {
                    continue;
                }
                emit(Statement.of(StatementKind.BEGIN).withQualifier(member.getName()));
                block.forEach(s -> emit(inBlock(s, member.getName())));
                kept.forEach(this::emitKept);
                emit(new Statement(StatementKind.END, StatementKind.END.keyword(),
                        new Qualifier(member.getName(), 0, 0, true), List.of(), null, null));
            }
            for (IsfcLinks.MemberPair pair : IsfcLinks.missingPairs(cluster)) {
                diagnostics.warning(0, 0, Rule.ISLINK_PAIRING, "members " + pair.first().getName() + " and "
                        + pair.second().getName() + " have no ISFC link, so no ACTIVATE ISLINK connects them; an SSI "
                        + "cluster needs a link between every pair of members, add one");
            }
            // Statements kept for systems that are not (or no longer) members.
            Set<String> memberNames = new TreeSet<>();
            members.forEach(m -> memberNames.add(upper(m.getName())));
            keptByQualifier.forEach((qualifier, kept) -> {
                if (qualifier.isEmpty() || memberNames.contains(qualifier)) {
                    return;
                }
                emit(Statement.of(StatementKind.BEGIN).withQualifier(qualifier));
                kept.forEach(this::emitKept);
                emit(new Statement(StatementKind.END, StatementKind.END.keyword(), new Qualifier(qualifier, 0, 0, true),
                        List.of(), null, null));
            });
        }

        private Optional<Statement> vmlan(Member member) {
            List<String> operands = new ArrayList<>();
            if (present(member.getMacPrefix())) {
                operands.add("MACPREFIX");
                operands.add(prefix(member.getMacPrefix(), "MACPREFIX of " + member.getName()));
            }
            if (present(cluster.getUserPrefix())) {
                operands.add("USERPREFIX");
                operands.add(prefix(cluster.getUserPrefix(), "USERPREFIX of cluster " + cluster.getName()));
            }
            return operands.isEmpty() ? Optional.empty()
                    : Optional.of(Statement.of(StatementKind.VMLAN, operands.toArray(String[]::new)));
        }

        private String prefix(String value, String what) {
            if (value.length() != 6 || !OperandShapes.isHex(value, 6)) {
                diagnostics.error(0, 0, Rule.VMLAN_PREFIX, what + " '" + value + "' is not 6 hex digits; write it like 02000A");
            }
            return value;
        }

        private List<Statement> islinks(Member member) {
            List<IsfcLink> links = cluster.getIsfcLinks().stream()
                    .filter(l -> (l.getMemberA() == member || l.getMemberB() == member) && l.getMemberA() != l.getMemberB())
                    .sorted(Comparator.comparingInt(l -> IsfcLinks.otherEnd(l, member).map(Member::getSlot).orElse(0)))
                    .toList();
            List<Statement> statements = new ArrayList<>();
            for (IsfcLink link : links) {
                Member partner = IsfcLinks.otherEnd(link, member).orElse(null);
                if (partner == null || !members.contains(partner)) {
                    continue;
                }
                List<String> operands = new ArrayList<>();
                for (CtcConnection ctc : link.getCtcConnections()) {
                    String device = member == link.getMemberA() ? ctc.getDeviceA() : ctc.getDeviceB();
                    if (present(device)) {
                        operands.add(device.toUpperCase(Locale.ROOT));
                    }
                }
                if (operands.isEmpty()) {
                    diagnostics.warning(0, 0, Rule.ISLINK_PAIRING, "the ISFC link " + member.getName() + "-"
                            + partner.getName() + " has no CTC device numbers at " + member.getName() + "'s end; "
                            + "no ACTIVATE ISLINK written there, add the device numbers");
                    continue;
                }
                operands.add("NODE");
                operands.add(partner.getName());
                statements.add(Statement.of(StatementKind.ACTIVATE_ISLINK, operands.toArray(String[]::new)));
            }
            return statements;
        }

        private List<Statement> rdevices(Member member) {
            List<Statement> statements = new ArrayList<>();
            Installation installation = cluster.eContainer() instanceof Installation i ? i : null;
            if (installation == null) {
                return statements;
            }
            for (RealDevice device : installation.getRealDevices()) {
                if (!(device instanceof OsaDevice) || !present(device.getEqid())) {
                    continue;
                }
                for (DeviceNumber number : device.getDeviceNumbers()) {
                    if (number.getMember() != member || !present(number.getRdev())) {
                        continue;
                    }
                    if (!OperandShapes.isHex(number.getRdev(), 4) || name(device.getEqid(), "EQID", 8, false) == null) {
                        if (!OperandShapes.isHex(number.getRdev(), 4)) {
                            diagnostics.error(0, 0, Rule.EXPORT_NAME, "OSA " + device.getName() + " has device number '"
                                    + number.getRdev() + "' on " + member.getName() + "; write 1-4 hex digits");
                        }
                        continue;
                    }
                    int base = Integer.parseInt(number.getRdev(), 16);
                    String range = String.format("%04X-%04X", base, Math.min(0xFFFF, base + OSA_DEVICES - 1));
                    statements.add(Statement.of(StatementKind.RDEVICE, range, "EQID", device.getEqid(), "TYPE", "OSA"));
                }
            }
            return statements;
        }

        private List<Statement> vswitches(Member member) {
            List<Statement> statements = new ArrayList<>();
            for (VirtualSwitch vswitch : cluster.getVirtualSwitches()) {
                for (VswitchUplink uplink : vswitch.getUplinks()) {
                    if (uplink.getMember() != member) {
                        continue;
                    }
                    List<String> rdevs = new ArrayList<>();
                    for (OsaDevice osa : uplink.getOsaDevices()) {
                        Optional<String> rdev = osa.getDeviceNumbers().stream().filter(n -> n.getMember() == member)
                                .map(DeviceNumber::getRdev).filter(SystemConfigExporter::present).findFirst();
                        if (rdev.isPresent()) {
                            rdevs.add(rdev.get().toUpperCase(Locale.ROOT));
                        } else {
                            diagnostics.warning(0, 0, Rule.EXPORT_MISSING, "VSWITCH " + vswitch.getName() + " uses OSA "
                                    + osa.getName() + " on " + member.getName() + ", but the OSA has no device number "
                                    + "there; it is left out of RDEV, give it one");
                        }
                    }
                    List<String> operands = vswitchOperands(vswitch, rdevs, uplink.getOsaDevices().isEmpty());
                    if (operands == null) {
                        continue;
                    }
                    operands.addAll(words(uplink.getOtherOperands()));
                    statements.add(Statement.of(StatementKind.DEFINE_VSWITCH, operands.toArray(String[]::new)));
                }
            }
            return statements;
        }

        /** Name, TYPE, RDEV, transport, VLAN, port assignment, the switch's other operands; null if unnamed. */
        private List<String> vswitchOperands(VirtualSwitch vswitch, List<String> rdevs, boolean rdevNone) {
            String switchName = name(vswitch.getName(), "VSWITCH name", 8, false);
            if (switchName == null) {
                return null;
            }
            List<String> operands = new ArrayList<>();
            operands.add(switchName);
            boolean ivl = vswitch.getType() == VswitchType.IVL;
            if (ivl) {
                operands.add("TYPE");
                operands.add("IVL");
            }
            if (rdevNone) {
                operands.add("RDEV");
                operands.add("NONE");
            } else if (!rdevs.isEmpty()) {
                operands.add("RDEV");
                operands.addAll(rdevs);
            }
            if (!ivl) {
                // Always explicit: CP's default transport (IP) is not the model's default (ETHERNET).
                operands.add(vswitch.getTransport() == VswitchTransport.IP ? "IP" : "ETHERNET");
                if (vswitch.getVlanMode() == VlanMode.AWARE) {
                    operands.add("VLAN");
                    operands.add(vswitch.getDefaultVlan() > 0 ? Integer.toString(vswitch.getDefaultVlan()) : "AWARE");
                }
                if (vswitch.getPortAssignment() == PortAssignment.PORTBASED) {
                    operands.add("PORTBASED");
                }
            }
            operands.addAll(words(vswitch.getOtherOperands()));
            return operands;
        }

        private void sharedSwitches() {
            List<VirtualSwitch> shared = cluster.getVirtualSwitches().stream().filter(v -> v.getUplinks().isEmpty()).toList();
            if (shared.isEmpty()) {
                return;
            }
            section("Virtual switches without uplinks, defined alike on every member");
            for (VirtualSwitch vswitch : shared) {
                List<String> operands = vswitchOperands(vswitch, List.of(), false);
                if (operands != null) {
                    emit(Statement.of(StatementKind.DEFINE_VSWITCH, operands.toArray(String[]::new)));
                }
            }
        }

        // Relocation domains and service statements ------------------------------------------------

        private void domains() {
            if (cluster.getRelocationDomains().isEmpty()) {
                return;
            }
            section("Relocation domains (the SSI domain and one domain per member are implicit)");
            for (RelocationDomain domain : cluster.getRelocationDomains()) {
                String domainName = name(domain.getName(), "relocation domain name", 8, false);
                if (domainName == null) {
                    continue;
                }
                List<String> names = domain.getMembers().stream().map(Member::getName).filter(SystemConfigExporter::present).toList();
                if (names.isEmpty()) {
                    diagnostics.warning(0, 0, Rule.EXPORT_MISSING, "relocation domain " + domainName + " has no "
                            + "members; not written, add members or delete it");
                    continue;
                }
                emit(RelocationDomainForm.statement(domainName, names));
            }
        }

        private void services() {
            section("Service statements: kept as written; review them for your site");
            if (cluster.getConfigStatements().isEmpty()) {
                // Written exactly as statements kept from an import are, so a re-import exports the same.
                for (Statement statement : ServiceDefaults.statements()) {
                    emitKept(statement.source().records());
                }
                return;
            }
            keptByQualifier.getOrDefault("", List.of()).forEach(this::emitKept);
        }

        // Writing ----------------------------------------------------------------------------------

        private void emit(Statement statement) {
            try {
                records.addAll(writer.write(statement));
            } catch (IllegalArgumentException e) {
                diagnostics.error(0, 0, Rule.EXPORT_NAME, "statement '" + statement.keyword() + "' not written: "
                        + e.getMessage() + "; shorten the name or value in the model");
            }
        }

        private void emitKept(ConfigStatement kept) {
            String text = kept.getText() == null ? "" : kept.getText();
            emitKept(Arrays.asList(text.split("\n", -1)));
        }

        private void emitKept(List<String> lines) {
            records.addAll(lines);
            if (lines.size() > 1) {
                records.add("");
            }
        }

        private Optional<Statement> reread(ConfigStatement kept) {
            List<Statement> read = new SystemConfigReader().read("<kept>", Objects.toString(kept.getText(), ""))
                    .statements();
            return read.isEmpty() ? Optional.empty() : Optional.of(read.get(0));
        }

        private void checkWidths() {
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i).length() > RecordLayout.RECORD_LENGTH) {
                    diagnostics.warning(i + 1, RecordLayout.RECORD_LENGTH + 1, Rule.CONFIG_COLUMNS, "record " + (i + 1)
                            + " (kept as it was imported) is " + records.get(i).length() + " columns; SYSTEM CONFIG "
                            + "records are 80, shorten the statement in the model");
                }
            }
        }

        /** The name if it is 1-{@code max} characters (letters and digits only when {@code alphanumeric}); else reports. */
        private String name(String value, String what, int max, boolean alphanumeric) {
            if (value == null || value.isBlank()) {
                diagnostics.error(0, 0, Rule.EXPORT_NAME, "a " + what + " is empty; give it a name");
                return null;
            }
            if (value.length() > max || value.chars().anyMatch(Character::isWhitespace)) {
                diagnostics.error(0, 0, Rule.EXPORT_NAME, what + " '" + value + "' is " + value.length()
                        + " characters" + (value.chars().anyMatch(Character::isWhitespace) ? " with blanks" : "")
                        + "; CP takes at most " + max + " without blanks, rename it");
                return value.chars().anyMatch(Character::isWhitespace) ? null : value;
            }
            if (alphanumeric && !OperandShapes.isAlphanumeric(value)) {
                diagnostics.error(0, 0, Rule.EXPORT_NAME, what + " '" + value
                        + "' has characters other than A-Z and 0-9; rename it");
            }
            return value;
        }

        private String volser(DasdVolume volume) {
            return name(volume.getVolser(), "volume label", 6, false);
        }
    }

    /** Uses that only make sense on CP-owned volumes: CP allocates spool, page and T-disk space there. */
    static boolean isCpSpace(VolumeUse use) {
        return use == VolumeUse.SPOOL || use == VolumeUse.PAGE || use == VolumeUse.TDISK;
    }

    static boolean isMemberLocal(VolumeUse use) {
        return use == VolumeUse.SYSRES || use == VolumeUse.PAGE || use == VolumeUse.TDISK || use == VolumeUse.USER_LOCAL;
    }

    private static Statement inBlock(Statement statement, String member) {
        return new Statement(statement.kind(), statement.keyword(), new Qualifier(member, 0, 0, true),
                statement.operands(), statement.trailingComment(), null);
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String upper(String text) {
        return text == null ? "" : text.toUpperCase(Locale.ROOT);
    }

    private static List<String> words(String text) {
        return present(text) ? Arrays.asList(text.strip().split("\\s+")) : List.of();
    }

}
