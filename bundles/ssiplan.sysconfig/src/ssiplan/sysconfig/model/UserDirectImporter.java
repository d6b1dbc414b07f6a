package ssiplan.sysconfig.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ssiplan.model.AccessMode;
import ssiplan.model.DasdDeviceType;
import ssiplan.model.DasdVolume;
import ssiplan.model.DedicatedDevice;
import ssiplan.model.DirectoryEntry;
import ssiplan.model.GuestOs;
import ssiplan.model.IdentityEntry;
import ssiplan.model.Member;
import ssiplan.model.Minidisk;
import ssiplan.model.MinidiskKind;
import ssiplan.model.MinidiskLink;
import ssiplan.model.NicDef;
import ssiplan.model.NicType;
import ssiplan.model.Profile;
import ssiplan.model.RelocationDomain;
import ssiplan.model.Subconfig;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualMachine;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VolumeUse;
import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.diagnostic.Rule;
import ssiplan.sysconfig.directory.DirectoryComment;
import ssiplan.sysconfig.directory.DirectoryLine;
import ssiplan.sysconfig.directory.DirectoryStatement;
import ssiplan.sysconfig.directory.EntryKind;
import ssiplan.sysconfig.directory.UserDirect;
import ssiplan.sysconfig.syntax.Keyword;
import ssiplan.sysconfig.syntax.OperandShapes;
import ssiplan.sysconfig.syntax.Token;

/**
 * Adds a read USER DIRECT to an imported cluster (reference §2): PROFILEs, USER entries, IDENTITY
 * entries with the SUBCONFIGs their BUILD statements name; MDISK, LINK, NICDEF (to the cluster's
 * virtual switches), DEDICATE, INCLUDE, IPL, CPU, OPTION CHPIDVIRTUALIZATION ONE and VMRELOCATE map to
 * the model. Every other statement (ACCOUNT, CONSOLE, SPOOL, MACHINE, ...), and any statement in a form
 * the mapping does not cover, is kept as written on its entry; whole entries the model has no place for
 * (GLOBALDEFS, POOL, a SUBCONFIG no IDENTITY builds) and the DIRECTORY statements are kept on the
 * cluster. Passwords are never kept: the exporter writes a placeholder. Never throws on bad input.
 */
public final class UserDirectImporter {

    private static final Keyword CHPIDVIRTUALIZATION = Keyword.of("CHPIDVirtualization");
    private static final Pattern LINK_MODE = Pattern.compile("(?i)(RR|R|WR|W|MR|MW|M)");

    /** Imports into {@code model}'s cluster (whose members, volumes and switches SYSTEM CONFIG gave). */
    void importInto(UserDirect directory, ImportedModel model, Diagnostics diagnostics) {
        new Run(directory, model, diagnostics).run();
    }

    private static final class Run {
        private final UserDirect directory;
        private final ImportedModel model;
        private final Diagnostics diagnostics;
        private final String file;
        private final Map<String, Profile> profiles = new HashMap<>();
        private final Map<String, ssiplan.sysconfig.directory.DirectoryEntry> subconfigs = new LinkedHashMap<>();
        private final Map<String, Boolean> built = new HashMap<>();
        private int mdiskPasswords;
        private DirectoryStatement firstPassword;
        /** MDISKs followed by MINIOPT, which applies to the MDISK before it: such a pair stays as written. */
        private final java.util.Set<DirectoryStatement> beforeMiniopt = java.util.Collections.newSetFromMap(
                new java.util.IdentityHashMap<>());
        private final java.util.Set<String> userids = new java.util.HashSet<>();

        Run(UserDirect directory, ImportedModel model, Diagnostics diagnostics) {
            this.directory = directory;
            this.model = model;
            this.diagnostics = diagnostics;
            this.file = directory.file();
        }

        void run() {
            for (var entry : directory.entries()) {
                List<DirectoryStatement> body = entry.body();
                for (int i = 0; i + 1 < body.size(); i++) {
                    if (body.get(i).keyword().equals("MDISK") && body.get(i + 1).keyword().equals("MINIOPT")) {
                        beforeMiniopt.add(body.get(i));
                    }
                }
            }
            for (DirectoryLine line : directory.prologue()) {
                if (line instanceof DirectoryStatement s && s.source() != null) {
                    model.cluster.getDirectoryStatements().add(s.source().text().strip());
                }
            }
            for (var entry : directory.entries()) {
                if (entry.kind() == EntryKind.SUBCONFIG) {
                    subconfigs.putIfAbsent(entry.name(), entry);
                } else if (entry.kind() == EntryKind.PROFILE && !profiles.containsKey(entry.name())) {
                    Profile profile = ImportedModel.F.createProfile();
                    profile.setName(entry.name());
                    profiles.put(entry.name(), profile);
                }
            }
            for (var entry : directory.entries()) {
                switch (entry.kind()) {
                    case PROFILE -> profile(entry);
                    case USER, IDENTITY -> virtualMachine(entry);
                    case SUBCONFIG -> {
                        // added with the IDENTITY that builds it
                    }
                    default -> keepEntry(entry, "SSI Planner does not model " + entry.kind() + " entries");
                }
            }
            subconfigs.forEach((name, entry) -> {
                if (!built.containsKey(name)) {
                    keepEntry(entry, "no IDENTITY builds SUBCONFIG " + name);
                }
            });
            if (mdiskPasswords > 0) {
                diagnostics.warning(firstPassword.line(), firstPassword.column(), Rule.EXPORT_PASSWORD, mdiskPasswords
                        + " MDISK statement"
                        + (mdiskPasswords == 1 ? " has" : "s have") + " minidisk passwords; SSI Planner keeps no "
                        + "passwords, so an exported directory has none on these minidisks: add them again after export");
            }
        }

        private void keepEntry(ssiplan.sysconfig.directory.DirectoryEntry entry, String why) {
            List<String> records = new ArrayList<>();
            for (DirectoryLine line : entry.lines()) {
                switch (line) {
                    case DirectoryStatement s -> records.addAll(s.source().records());
                    case DirectoryComment c -> records.addAll(c.source().records());
                }
            }
            model.cluster.getOtherDirectoryEntries().add(String.join("\n", records));
            DirectoryStatement header = entry.header();
            diagnostics.info(header.line(), header.column(), Rule.IMPORT_KEPT, entry.kind() + " entry "
                    + (entry.name().isEmpty() ? "" : entry.name() + " ") + "is kept as written (" + why + ")");
        }

        private void profile(ssiplan.sysconfig.directory.DirectoryEntry entry) {
            Profile profile = profiles.get(entry.name());
            if (model.cluster.getProfiles().contains(profile)) {
                keepEntry(entry, "a PROFILE of this name comes first");
                return;
            }
            model.cluster.getProfiles().add(profile);
            model.positions.put(profile, file, entry.header().line(), entry.header().column());
            for (DirectoryStatement s : entry.body()) {
                statement(profile, null, s);
            }
        }

        private void virtualMachine(ssiplan.sysconfig.directory.DirectoryEntry entry) {
            DirectoryStatement header = entry.header();
            boolean identity = entry.kind() == EntryKind.IDENTITY;
            if (header.operand(0) == null || header.operand(0).text().length() > 8 || !userids.add(entry.name())) {
                keepEntry(entry, "its user id is missing, too long or used before"); // the checks say which
                return;
            }
            VirtualMachine guest = identity ? ImportedModel.F.createIdentityEntry() : ImportedModel.F.createUserEntry();
            guest.setUserid(entry.name());
            model.positions.put(guest, file, header.operand(0));
            Token initial = header.operand(2);
            Token maximum = header.operand(3);
            Token classes = header.operand(4);
            if (initial != null) {
                guest.setStorageMiB(mib(initial));
            }
            if (maximum != null) {
                guest.setMaxStorageMiB(mib(maximum));
            }
            if (classes != null) {
                guest.setPrivilegeClasses(classes.upper());
            }
            if (header.operands().size() > 5) {
                Token extra = header.operand(5);
                diagnostics.warning(extra.line(), extra.column(), Rule.IMPORT_OPERANDS, entry.kind() + " line operands "
                        + "from '" + extra.text() + "' on are not kept; move them to their own statements");
            }
            model.cluster.getVirtualMachines().add(guest);
            List<DirectoryStatement> cpus = new ArrayList<>();
            boolean sawVmrelocate = false;
            for (DirectoryStatement s : entry.body()) {
                switch (s.keyword()) {
                    case "BUILD" -> build(guest, s);
                    case "CPU" -> cpus.add(s);
                    case "VMRELOCATE" -> {
                        sawVmrelocate = true;
                        vmrelocate(guest, s);
                    }
                    default -> statement(guest, guest, s);
                }
            }
            cpus(guest, cpus);
            if (!sawVmrelocate && guest instanceof UserEntry) {
                // CP's default for a single-configuration guest without the statement is ON [U].
                guest.setRelocatable(true);
            }
            if (guest.getIpl() != null && guest.getIpl().toUpperCase(Locale.ROOT).startsWith("CMS")) {
                guest.setGuestOs(GuestOs.CMS);
            }
        }

        private void build(VirtualMachine guest, DirectoryStatement s) {
            List<String> ops = s.operands().stream().map(Token::upper).toList();
            if (!(guest instanceof IdentityEntry identity) || ops.size() != 5 || !ops.get(0).equals("ON")
                    || !ops.get(2).equals("USING") || !ops.get(3).equals("SUBCONFIG")
                    || !subconfigs.containsKey(ops.get(4)) || built.containsKey(ops.get(4))) {
                keepStatement(guest, s); // the BUILD check says what is wrong
                return;
            }
            Member member = null;
            if (!ops.get(1).equals("*")) {
                member = model.member(ops.get(1));
                if (member == null) {
                    diagnostics.warning(s.operand(1).line(), s.operand(1).column(), Rule.IMPORT_REFERENCE, "BUILD ON "
                            + ops.get(1) + ": " + ops.get(1) + " is not a member of the SSI statement; kept as written, "
                            + "fix the member name");
                    keepStatement(guest, s);
                    return;
                }
            }
            Subconfig sub = ImportedModel.F.createSubconfig();
            sub.setName(ops.get(4));
            sub.setMember(member);
            identity.getSubconfigs().add(sub);
            built.put(ops.get(4), true);
            var entry = subconfigs.get(ops.get(4));
            model.positions.put(sub, file, entry.header().line(), entry.header().column());
            for (DirectoryStatement body : entry.body()) {
                statement(sub, null, body);
            }
        }

        /** A statement of any entry kind; {@code guest} is set for USER and IDENTITY entries. */
        private void statement(DirectoryEntry entry, VirtualMachine guest, DirectoryStatement s) {
            switch (s.keyword()) {
                case "MDISK" -> mdisk(entry, s);
                case "LINK" -> link(entry, s);
                case "NICDEF" -> nicdef(entry, s);
                case "DEDICATE" -> dedicate(entry, s);
                case "INCLUDE" -> {
                    Profile profile = s.operand(0) == null ? null : profiles.get(s.operand(0).upper());
                    if (guest != null && profile != null && s.operands().size() == 1 && guest.getProfile() == null) {
                        guest.setProfile(profile);
                    } else {
                        keepStatement(entry, s);
                    }
                }
                case "IPL" -> {
                    if (guest != null && !s.operands().isEmpty() && guest.getIpl() == null) {
                        guest.setIpl(s.operandTexts().stream().collect(Collectors.joining(" ")));
                    } else {
                        keepStatement(entry, s);
                    }
                }
                case "OPTION" -> option(entry, guest, s);
                default -> keepStatement(entry, s);
            }
        }

        private void keepStatement(DirectoryEntry entry, DirectoryStatement s) {
            entry.getOtherStatements().add(s.source() == null ? s.toString() : s.source().text().strip());
        }

        private void mdisk(DirectoryEntry entry, DirectoryStatement s) {
            List<Token> ops = s.operands();
            if (ops.size() < 4 || !OperandShapes.isHex(ops.get(0).text(), 4) || followedByMiniopt(entry, s)) {
                keepStatement(entry, s);
                return;
            }
            Minidisk disk = ImportedModel.F.createMinidisk();
            disk.setVaddr(ops.get(0).upper());
            String start = ops.get(2).upper();
            int modeAt;
            if (start.equals("V-DISK") && ops.get(1).upper().equals("FB-512") && OperandShapes.isDecimal(ops.get(3).text())) {
                disk.setKind(MinidiskKind.VDISK);
                disk.setSize(Integer.parseInt(ops.get(3).text()));
                modeAt = 4;
            } else if (start.equals("T-DISK") && OperandShapes.isDecimal(ops.get(3).text())) {
                disk.setKind(MinidiskKind.TDISK);
                disk.setSize(Integer.parseInt(ops.get(3).text()));
                modeAt = 4;
            } else if (ops.size() >= 5 && OperandShapes.isDecimal(ops.get(2).text()) && OperandShapes.isDecimal(ops.get(3).text())
                    && ops.get(4).text().length() <= 6 && (ops.get(1).upper().startsWith("33") || ops.get(1).upper().equals("FB-512"))) {
                disk.setKind(MinidiskKind.MDISK);
                disk.setStart(Integer.parseInt(ops.get(2).text()));
                disk.setSize(Integer.parseInt(ops.get(3).text()));
                Token volser = ops.get(4);
                DasdVolume volume = model.volume(volser.text());
                if (volume == null) {
                    volume = model.volume(volser.text(), file, volser.line(), volser.column());
                    volume.setUse(entry instanceof Subconfig ? VolumeUse.USER_LOCAL : VolumeUse.USER_SHARED);
                    if (entry instanceof Subconfig sub && sub.getMember() != null) {
                        volume.setOwnerMember(sub.getMember());
                    }
                    if (ops.get(1).upper().equals("FB-512")) {
                        volume.setDeviceType(DasdDeviceType.EDEV);
                    }
                    diagnostics.info(volser.line(), volser.column(), Rule.IMPORT_ASSUMED, "volume " + volume.getVolser()
                            + " is in no CP_Owned or User_Volume_List statement; it is modelled as a "
                            + VolumeUseTag.of(volume.getUse()) + " volume, add it to User_Volume_List so CP attaches it");
                }
                disk.setVolume(volume);
                modeAt = 5;
            } else {
                keepStatement(entry, s);
                return;
            }
            if (modeAt < ops.size()) {
                AccessMode mode = AccessMode.get(ops.get(modeAt).upper());
                if (mode == null) {
                    keepStatement(entry, s); // suffixed modes (MWV, ...) are not modelled
                    return;
                }
                disk.setMode(mode);
                if (modeAt + 1 < ops.size()) {
                    mdiskPasswords++;
                    firstPassword = firstPassword == null ? s : firstPassword;
                }
            }
            entry.getMinidisks().add(disk);
            model.positions.put(disk, file, s.line(), s.column());
        }

        private boolean followedByMiniopt(DirectoryEntry entry, DirectoryStatement s) {
            return beforeMiniopt.contains(s);
        }

        private void link(DirectoryEntry entry, DirectoryStatement s) {
            List<Token> ops = s.operands();
            if (ops.size() != 4 || !OperandShapes.isHex(ops.get(1).text(), 4) || !OperandShapes.isHex(ops.get(2).text(), 4)
                    || !LINK_MODE.matcher(ops.get(3).text()).matches()) {
                keepStatement(entry, s);
                return;
            }
            MinidiskLink link = ImportedModel.F.createMinidiskLink();
            link.setOwner(ops.get(0).upper());
            link.setOwnerVaddr(ops.get(1).upper());
            link.setVaddr(ops.get(2).upper());
            link.setMode(AccessMode.get(ops.get(3).upper()));
            entry.getLinks().add(link);
        }

        private void nicdef(DirectoryEntry entry, DirectoryStatement s) {
            List<Token> ops = s.operands();
            if (ops.size() < 3 || !OperandShapes.isHex(ops.get(0).text(), 4) || !ops.get(1).upper().equals("TYPE")) {
                keepStatement(entry, s);
                return;
            }
            String type = ops.get(2).upper();
            NicDef nic = ImportedModel.F.createNicDef();
            nic.setVaddr(ops.get(0).upper());
            if (type.equals("QDIO")) {
                nic.setType(NicType.QDIO);
            } else if (type.equals("HIPER") || type.equals("HIPERS")) {
                nic.setType(NicType.HIPERS);
            } else {
                keepStatement(entry, s);
                return;
            }
            List<String> other = new ArrayList<>();
            for (int i = 3; i < ops.size(); i++) {
                String op = ops.get(i).upper();
                if (op.equals("LAN") && i + 2 < ops.size() && ops.get(i + 1).upper().equals("SYSTEM")) {
                    Token name = ops.get(i + 2);
                    VirtualSwitch vswitch = model.vswitch(name.text());
                    if (vswitch == null) {
                        diagnostics.warning(name.line(), name.column(), Rule.IMPORT_REFERENCE, "NICDEF " + nic.getVaddr()
                                + " couples to VSWITCH " + name.upper() + ", which SYSTEM CONFIG does not define; kept "
                                + "as written, define the switch or fix the name");
                        keepStatement(entry, s);
                        return;
                    }
                    nic.setVswitch(vswitch);
                    i += 2;
                } else if (op.equals("LAN")) {
                    keepStatement(entry, s); // a guest LAN owned by a user is not modelled
                    return;
                } else if (op.equals("MACID") && i + 1 < ops.size() && OperandShapes.isHex(ops.get(i + 1).text(), 6)) {
                    nic.setMacId(ops.get(++i).upper());
                } else if (op.equals("VLAN") && i + 1 < ops.size() && OperandShapes.isDecimal(ops.get(i + 1).text())) {
                    nic.setVlan(Integer.parseInt(ops.get(++i).text()));
                } else {
                    other.add(ops.get(i).text());
                }
            }
            nic.setOtherOperands(other.isEmpty() ? null : String.join(" ", other));
            entry.getNics().add(nic);
            model.positions.put(nic, file, s.line(), s.column());
        }

        private void dedicate(DirectoryEntry entry, DirectoryStatement s) {
            List<Token> ops = s.operands();
            if (ops.size() != 2 || !OperandShapes.isHex(ops.get(0).text(), 4) || !OperandShapes.isHex(ops.get(1).text(), 4)) {
                keepStatement(entry, s);
                return;
            }
            DedicatedDevice device = ImportedModel.F.createDedicatedDevice();
            device.setVaddr(ops.get(0).upper());
            device.setRdev(ops.get(1).upper());
            entry.getDedicatedDevices().add(device);
        }

        private void option(DirectoryEntry entry, VirtualMachine guest, DirectoryStatement s) {
            List<Token> ops = s.operands();
            List<String> rest = new ArrayList<>();
            boolean chpid = false;
            for (int i = 0; i < ops.size(); i++) {
                if (guest != null && CHPIDVIRTUALIZATION.matches(ops.get(i)) && i + 1 < ops.size()
                        && ops.get(i + 1).upper().equals("ONE")) {
                    chpid = true;
                    i++;
                } else {
                    rest.add(ops.get(i).text());
                }
            }
            if (chpid) {
                guest.setChpidVirtualizationOne(true);
                if (!rest.isEmpty()) {
                    entry.getOtherStatements().add("OPTION " + String.join(" ", rest));
                }
            } else {
                keepStatement(entry, s);
            }
        }

        private void vmrelocate(VirtualMachine guest, DirectoryStatement s) {
            List<String> ops = s.operands().stream().map(Token::upper).toList();
            boolean shape = !ops.isEmpty() && (ops.get(0).equals("ON") || ops.get(0).equals("OFF"))
                    && (ops.size() == 1 || ops.size() == 3 && ops.get(1).equals("DOMAIN"));
            if (!shape || !(guest instanceof UserEntry)) {
                keepStatement(guest, s);
                if (shape) {
                    guest.setRelocatable(false);
                }
                return;
            }
            guest.setRelocatable(ops.get(0).equals("ON"));
            if (ops.size() == 3) {
                RelocationDomain domain = model.cluster.getRelocationDomains().stream()
                        .filter(d -> d.getName().equals(ops.get(2))).findFirst().orElse(null);
                if (domain == null) {
                    Token at = s.operand(2);
                    boolean implicit = ops.get(2).equals("SSI") || model.member(ops.get(2)) != null;
                    if (!implicit) {
                        diagnostics.warning(at.line(), at.column(), Rule.IMPORT_REFERENCE, "VMRELOCATE names domain "
                                + ops.get(2) + ", which no RELOCATION_DOMAIN statement defines; kept as written, define "
                                + "the domain or fix the name");
                    }
                    keepStatement(guest, s);
                    return;
                }
                guest.setRelocationDomain(domain);
            }
        }

        private void cpus(VirtualMachine guest, List<DirectoryStatement> cpus) {
            if (cpus.isEmpty()) {
                return;
            }
            boolean plain = true;
            for (int i = 0; i < cpus.size(); i++) {
                List<String> ops = cpus.get(i).operands().stream().map(Token::upper).toList();
                String expected = String.format("%02X", i);
                plain &= !ops.isEmpty() && ops.get(0).equals(expected)
                        && (i == 0 ? ops.size() == 2 && ops.get(1).equals("BASE") : ops.size() == 1);
            }
            guest.setVirtualCpus(cpus.size());
            if (!plain || cpus.size() == 1) {
                cpus.forEach(c -> keepStatement(guest, c));
            }
        }

        /** Directory storage size in MiB: K rounded up, M, G, T; 0 when malformed (the checks report it). */
        private int mib(Token size) {
            String text = size.upper();
            if (text.length() < 2 || !text.substring(0, text.length() - 1).chars().allMatch(Character::isDigit)
                    || text.length() > 10) {
                return 0;
            }
            long value = Long.parseLong(text.substring(0, text.length() - 1));
            long mib = switch (text.charAt(text.length() - 1)) {
                case 'K' -> (value + 1023) / 1024;
                case 'M' -> value;
                case 'G' -> value * 1024;
                case 'T' -> value * 1024 * 1024;
                default -> 0;
            };
            return (int) Math.min(Integer.MAX_VALUE, mib);
        }
    }
}
