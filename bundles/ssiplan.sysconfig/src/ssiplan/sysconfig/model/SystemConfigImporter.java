package ssiplan.sysconfig.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ssiplan.model.Cec;
import ssiplan.model.CpOwnedSlot;
import ssiplan.model.DasdVolume;
import ssiplan.model.Lpar;
import ssiplan.model.MachineType;
import ssiplan.model.Member;
import ssiplan.model.OsaDevice;
import ssiplan.model.PortAssignment;
import ssiplan.model.RelocationDomain;
import ssiplan.model.ResidenceUnit;
import ssiplan.model.SystemResidence;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.VlanMode;
import ssiplan.model.VolumeUse;
import ssiplan.model.VswitchTransport;
import ssiplan.model.VswitchType;
import ssiplan.model.VswitchUplink;
import ssiplan.model.derived.CpOwnedSlots;
import ssiplan.sysconfig.config.Statement;
import ssiplan.sysconfig.config.StatementKind;
import ssiplan.sysconfig.config.SystemConfig;
import ssiplan.sysconfig.diagnostic.Diagnostics;
import ssiplan.sysconfig.diagnostic.Rule;
import ssiplan.sysconfig.syntax.OperandShapes;
import ssiplan.sysconfig.syntax.Token;

/**
 * Builds an installation model from a read SYSTEM CONFIG (reference §1). Never throws on bad input.
 *
 * <p>The SSI statement gives the cluster, its PDR volume and the members; System_Identifier LPAR lines
 * give each member an LPAR; System_Residence, CP_Owned and User_Volume_List give volumes (their use is
 * weighed by {@link VolumeUses}); ACTIVATE ISLINK sides are paired into links ({@link IslinkEnds});
 * VMLAN, RDEVICE ... EQID TYPE OSA, DEFINE VSWITCH and relocation domains map to their model elements.
 * A statement the model cannot hold - not modelled at all (Features, Devices, EDEVICE, ...), or in a
 * form the mapping does not cover - is kept as written in {@code SsiCluster.configStatements} and
 * reported at info level, so an export keeps the operator's setting. What the file cannot say (which
 * processor an LPAR is on, its machine type) is assumed, named clearly and reported at info level.
 *
 * <p>Operand shapes are the job of {@link ssiplan.sysconfig.config.check.SystemConfigChecks}; this
 * class maps what is well-formed and keeps the rest, without reporting the same error twice.
 */
public final class SystemConfigImporter {

    /** SYSTEM CONFIG does not name machine types in the LPAR form; this is what an inferred CEC gets. */
    public static final MachineType ASSUMED_MACHINE_TYPE = MachineType.Z16;

    public ImportResult importConfig(SystemConfig config) {
        Diagnostics diagnostics = new Diagnostics(config.file());
        ImportedModel model = new ImportedModel();
        new Run(config, diagnostics, model).run();
        return new ImportResult(model.installation, model.cluster, diagnostics.list(), model.positions);
    }

    /** Imports into {@code model}, reporting to {@code diagnostics}; for {@link InstallationImporter}. */
    void importConfig(SystemConfig config, ImportedModel model, Diagnostics diagnostics) {
        new Run(config, diagnostics, model).run();
    }

    private static final class Run {
        private final SystemConfig config;
        private final Diagnostics diagnostics;
        private final ImportedModel model;
        private final String file;
        private final VolumeUses uses = new VolumeUses();
        private final IslinkEnds islinks = new IslinkEnds();
        private final Set<Statement> mapped = Collections.newSetFromMap(new IdentityHashMap<>());
        /** OSA per (member, any device number of its range), from RDEVICE ... EQID. */
        private final Map<Member, Map<Integer, OsaDevice>> osaByDevice = new HashMap<>();
        private final Map<String, List<OsaDevice>> osaByEqid = new LinkedHashMap<>();
        private final Set<String> unknownQualifiers = new LinkedHashSet<>();
        private Statement ssi;
        private Statement userPrefixAt;

        Run(SystemConfig config, Diagnostics diagnostics, ImportedModel model) {
            this.config = config;
            this.diagnostics = diagnostics;
            this.model = model;
            this.file = config.file();
        }

        void run() {
            List<Statement> statements = config.statements();
            model.installation.setDescription("Imported from " + file);
            for (Statement statement : statements) {
                if (statement.kind() == StatementKind.SSI && !statement.operands().isEmpty()) {
                    ssi(statement);
                    break;
                }
            }
            if (ssi == null) {
                String name = "SSI1";
                model.cluster.setName(name);
                diagnostics.error(statements.isEmpty() ? 0 : statements.get(0).line(),
                        statements.isEmpty() ? 0 : statements.get(0).column(), Rule.IMPORT_NO_SSI, "the file has no SSI "
                        + "statement, so it does not configure an SSI cluster; add 'SSI name PDR_VOLUME volid SLOT 1 "
                        + "member ...' (the cluster was imported as " + name + ", members from System_Identifier lines)");
                for (Statement statement : statements) {
                    if (statement.kind() == StatementKind.SYSTEM_IDENTIFIER && statement.operands().size() == 3) {
                        String system = statement.operands().get(2).upper();
                        if (model.member(system) == null && OperandShapes.isAlphanumeric(system)) {
                            model.addMember(system, model.members().size() + 1);
                        }
                    }
                }
            }
            model.installation.setName(model.cluster.getName());
            for (Statement statement : statements) {
                if (statement.kind() == StatementKind.RDEVICE) {
                    rdevice(statement);
                }
            }
            for (Statement statement : statements) {
                if (statement == ssi || mapped.contains(statement)) {
                    continue;
                }
                statement(statement);
            }
            for (var link : islinks.links(diagnostics, model.positions, file)) {
                model.cluster.getIsfcLinks().add(link);
            }
            DasdVolume pdr = model.cluster.getPdrVolume();
            if (pdr != null && !uses.listed(pdr)) {
                SourcePosition at = model.positions.of(pdr).orElse(new SourcePosition(file, 0, 0));
                diagnostics.error(at.line(), at.column(), Rule.SSI_PDR_UNLISTED, "PDR volume " + pdr.getVolser()
                        + " is in no CP_Owned or User_Volume_List statement; the PDR volume must be listed in one [C], "
                        + "add e.g. 'CP_Owned Slot 5 " + pdr.getVolser() + "'");
            }
            uses.decide(model.members().size(), diagnostics);
            for (Member member : model.members()) {
                if (member.getLpar() == null) {
                    diagnostics.info(model.positions.of(member).map(SourcePosition::line).orElse(0),
                            model.positions.of(member).map(SourcePosition::column).orElse(0), Rule.IMPORT_ASSUMED,
                            "no System_Identifier LPAR line names member " + member.getName() + ", so it has no LPAR or "
                                    + "processor in the model; put it in the LPAR it runs in");
                }
            }
            if (!model.createdVolumes().isEmpty()) {
                DasdVolume first = model.createdVolumes().get(0);
                SourcePosition at = model.positions.of(first).orElse(new SourcePosition(file, 0, 0));
                int n = model.createdVolumes().size();
                diagnostics.info(at.line(), at.column(), Rule.IMPORT_ASSUMED, n + (n == 1 ? " volume was" : " volumes were")
                        + " created from labels alone; SYSTEM CONFIG does not give device types or sizes, so "
                        + (n == 1 ? "it is" : "they are") + " 3390-9 with no size; set the real ones");
            }
        }

        // SSI --------------------------------------------------------------------------------------

        private void ssi(Statement statement) {
            ssi = statement;
            List<Token> ops = statement.operands();
            String name = ops.get(0).upper();
            model.cluster.setName(name);
            model.positions.put(model.cluster, file, ops.get(0));
            int i = 1;
            while (i < ops.size()) {
                Token op = ops.get(i);
                if (StatementKind.SSI.isOperand(op.text(), "PDR_VOLume") && i + 1 < ops.size()) {
                    Token volid = ops.get(i + 1);
                    if (volid.upper().equals("&SYSPARM")) {
                        diagnostics.info(volid.line(), volid.column(), Rule.IMPORT_ASSUMED, "PDR_VOLUME &SYSPARM puts "
                                + "the PDR on the volume of the active parm disk; the model has no PDR volume, choose it "
                                + "in the model if you want it checked");
                    } else if (volid.text().length() <= 6) {
                        DasdVolume pdr = model.volume(volid.text(), file, volid.line(), volid.column());
                        model.cluster.setPdrVolume(pdr);
                        uses.pdr(pdr, volid.line(), volid.column());
                    }
                    i += 2;
                } else if (StatementKind.SSI.isOperand(op.text(), "SLOT") && i + 2 < ops.size()) {
                    Token number = ops.get(i + 1);
                    Token member = ops.get(i + 2);
                    if (OperandShapes.isDecimal(number.text()) && !member.upper().equals("AVAILABLE")
                            && !member.text().isEmpty() && model.member(member.text()) == null) {
                        Member m = model.addMember(member.text(), Integer.parseInt(number.text()));
                        model.positions.put(m, file, member);
                    }
                    i += 3;
                } else {
                    i++; // reported by the SSI check
                }
            }
        }

        // Dispatch ---------------------------------------------------------------------------------

        private void statement(Statement s) {
            switch (s.kind()) {
                case BEGIN, END -> {
                    // structure only: the qualifier is on every statement of the block
                }
                case SSI -> keepWithInfo(s, "only the first SSI statement is modelled");
                case SYSTEM_IDENTIFIER -> systemIdentifier(s);
                case SYSTEM_RESIDENCE -> systemResidence(s);
                case CP_OWNED -> cpOwned(s);
                case USER_VOLUME_LIST -> userVolumeList(s);
                case ACTIVATE_ISLINK -> islink(s);
                case VMLAN -> vmlan(s);
                case DEFINE_VSWITCH -> vswitch(s);
                case RDEVICE -> keepWithInfo(s, "only 'RDEVICE rdev[-rdev] EQID eqid TYPE OSA' is modelled");
                case RELOCATION_DOMAIN -> domain(s);
                case XLINK_SYSTEM_EXCLUDE -> model.keep(s); // the rule catalogue's SSI-XLINK says to remove it
                case UNMODELLED -> model.keep(s); // the reader reported it at info level already
                default -> keepWithInfo(s, "SSI Planner does not model it");
            }
        }

        private void keepWithInfo(Statement s, String why) {
            model.keep(s);
            diagnostics.info(s.line(), s.column(), Rule.IMPORT_KEPT, "statement '" + s.keyword() + "' is kept as "
                    + "written (" + why + ")");
        }

        /** The members a statement applies to; null (statement kept, reported once) for an unknown qualifier. */
        private List<Member> targets(Statement s) {
            if (s.qualifier() == null) {
                return model.members();
            }
            Member member = model.member(s.qualifier().name());
            if (member == null) {
                if (unknownQualifiers.add(s.qualifier().name())) {
                    diagnostics.warning(s.qualifier().line(), s.qualifier().column(), Rule.IMPORT_REFERENCE,
                            "qualifier " + s.qualifier().name() + " names no member of the SSI statement; its "
                                    + "statements are kept as written, add the member to a SLOT or fix the name");
                }
                return null;
            }
            return List.of(member);
        }

        // System_Identifier ------------------------------------------------------------------------

        private void systemIdentifier(Statement s) {
            List<Token> ops = s.operands();
            if (ops.size() != 3 || !StatementKind.SYSTEM_IDENTIFIER.isOperand(ops.get(0).text(), "LPAR")) {
                keepWithInfo(s, "only the LPAR form maps to the model");
                return;
            }
            Token lparName = ops.get(1);
            Token system = ops.get(2);
            Member member = model.member(system.text());
            if (member == null) {
                model.keep(s);
                diagnostics.warning(system.line(), system.column(), Rule.IMPORT_REFERENCE, "System_Identifier names "
                        + system.upper() + ", which is not a member of the SSI statement; kept as written, add it to "
                        + "a SLOT or fix the name");
                return;
            }
            if (member.getLpar() != null) {
                model.keep(s);
                diagnostics.warning(s.line(), s.column(), Rule.IMPORT_CONFLICT, "member " + member.getName()
                        + " is already in LPAR " + member.getLpar().getName() + "; this System_Identifier line is kept "
                        + "as written, delete one of them");
                return;
            }
            Cec cec = ImportedModel.F.createCec();
            String cecName = "CEC-" + lparName.upper();
            for (int n = 2; hasCec(cecName); n++) {
                cecName = "CEC-" + lparName.upper() + "-" + n;
            }
            cec.setName(cecName);
            cec.setMachineType(ASSUMED_MACHINE_TYPE);
            Lpar lpar = ImportedModel.F.createLpar();
            lpar.setName(lparName.upper());
            cec.getLpars().add(lpar);
            model.installation.getCecs().add(cec);
            member.setLpar(lpar);
            model.positions.put(cec, file, lparName);
            model.positions.put(lpar, file, lparName);
            diagnostics.info(lparName.line(), lparName.column(), Rule.IMPORT_ASSUMED, "SYSTEM CONFIG does not say "
                    + "which processor LPAR " + lpar.getName() + " is on: it is put on a new " + cecName + " (machine "
                    + "type " + ASSUMED_MACHINE_TYPE.getLiteral() + " assumed, no memory or processors); set the real "
                    + "processor, or move the LPAR to the right CEC");
        }

        private boolean hasCec(String name) {
            return model.installation.getCecs().stream().anyMatch(c -> name.equals(c.getName()));
        }

        // System_Residence -------------------------------------------------------------------------

        private void systemResidence(Statement s) {
            if (s.qualifier() == null) {
                keepWithInfo(s, "an unqualified System_Residence applies to every member; qualify it to model it");
                return;
            }
            List<Member> targets = targets(s);
            if (targets == null) {
                model.keep(s);
                return;
            }
            Member member = targets.get(0);
            if (member.getSystemResidence() != null) {
                model.keep(s);
                diagnostics.warning(s.line(), s.column(), Rule.IMPORT_CONFLICT, "member " + member.getName()
                        + " already has a System_Residence statement; this one is kept as written, delete one of them");
                return;
            }
            SystemResidence residence = ImportedModel.F.createSystemResidence();
            List<Token> ops = s.operands();
            int i = 0;
            boolean checkpoint = false;
            boolean warmstart = false;
            ResidenceUnit unit = null;
            while (i < ops.size()) {
                Token area = ops.get(i);
                boolean isCheckpoint = StatementKind.SYSTEM_RESIDENCE.isOperand(area.text(), "CHECKPOINT");
                boolean isWarmstart = StatementKind.SYSTEM_RESIDENCE.isOperand(area.text(), "WARMSTART");
                if (!isCheckpoint && !isWarmstart || i + 7 >= ops.size()) {
                    residenceError(s, area, "expected CHECKPOINT or WARMSTART followed by 'VOLID volid FROM CYL n FOR n'");
                    return;
                }
                Token volid = ops.get(i + 2);
                Token unitToken = ops.get(i + 4);
                Token from = ops.get(i + 5);
                Token size = ops.get(i + 7);
                ResidenceUnit thisUnit = StatementKind.SYSTEM_RESIDENCE.isOperand(unitToken.text(), "CYLinder")
                        ? ResidenceUnit.CYL : StatementKind.SYSTEM_RESIDENCE.isOperand(unitToken.text(), "PAGE")
                                ? ResidenceUnit.PAGE : null;
                if (!StatementKind.SYSTEM_RESIDENCE.isOperand(ops.get(i + 1).text(), "VOLID")
                        || !StatementKind.SYSTEM_RESIDENCE.isOperand(ops.get(i + 3).text(), "FROM")
                        || !StatementKind.SYSTEM_RESIDENCE.isOperand(ops.get(i + 6).text(), "FOR") || thisUnit == null
                        || !OperandShapes.isDecimal(from.text()) || !OperandShapes.isDecimal(size.text())
                        || volid.text().length() > 6) {
                    residenceError(s, area, "expected '" + area.upper() + " VOLID volid FROM CYL n FOR n'");
                    return;
                }
                if (unit != null && unit != thisUnit) {
                    residenceError(s, unitToken, "checkpoint and warm start areas use different units");
                    return;
                }
                unit = thisUnit;
                DasdVolume volume = model.volume(volid.text(), file, volid.line(), volid.column());
                uses.residence(volume, volid.line(), volid.column());
                if (isCheckpoint) {
                    checkpoint = true;
                    residence.setCheckpointVolume(volume);
                    residence.setCheckpointStart(Integer.parseInt(from.text()));
                    residence.setCheckpointSize(Integer.parseInt(size.text()));
                } else {
                    warmstart = true;
                    residence.setWarmstartVolume(volume);
                    residence.setWarmstartStart(Integer.parseInt(from.text()));
                    residence.setWarmstartSize(Integer.parseInt(size.text()));
                }
                i += 8;
            }
            if (!checkpoint || !warmstart) {
                residenceError(s, ops.isEmpty() ? null : ops.get(0), "both a CHECKPOINT and a WARMSTART area are needed");
                return;
            }
            residence.setUnit(unit);
            member.setSystemResidence(residence);
            mapped.add(s);
        }

        private void residenceError(Statement s, Token at, String what) {
            model.keep(s);
            diagnostics.error(at == null ? s.line() : at.line(), at == null ? s.column() : at.column(), Rule.IMPORT_OPERANDS,
                    "System_Residence not understood: " + what + "; write 'System_Residence CHECKPOINT VOLID volid FROM "
                            + "CYL n FOR n, WARMSTART VOLID volid FROM CYL n FOR n' (kept as written)");
        }

        // CP_Owned and user volumes ----------------------------------------------------------------

        private void cpOwned(Statement s) {
            List<Token> ops = s.operands();
            if (ops.size() < 3 || !StatementKind.CP_OWNED.isOperand(ops.get(0).text(), "SLOT")
                    || !OperandShapes.isDecimal(ops.get(1).text()) || ops.get(2).text().length() > 6
                    || !CpOwnedSlots.isValidSlot(Integer.parseInt(ops.get(1).text()))) {
                model.keep(s); // the CP_Owned check says what is wrong
                return;
            }
            if (ops.size() > 3) {
                keepWithInfo(s, "operand '" + ops.get(3).text() + "' is not modelled");
                return;
            }
            List<Member> targets = targets(s);
            if (targets == null) {
                model.keep(s);
                return;
            }
            int slot = Integer.parseInt(ops.get(1).text());
            Token volid = ops.get(2);
            DasdVolume volume = model.volume(volid.text(), file, volid.line(), volid.column());
            for (Member member : targets) {
                Optional<DasdVolume> holder = CpOwnedSlots.volumeIn(member, slot);
                if (holder.isPresent()) {
                    if (holder.get() != volume) {
                        diagnostics.error(ops.get(1).line(), ops.get(1).column(), Rule.IMPORT_CONFLICT, "CP_Owned slot "
                                + slot + " of " + member.getName() + " already holds " + holder.get().getVolser()
                                + "; give " + volume.getVolser() + " a slot of its own");
                    }
                    continue;
                }
                CpOwnedSlot cpOwned = ImportedModel.F.createCpOwnedSlot();
                cpOwned.setSlot(slot);
                cpOwned.setVolume(volume);
                member.getCpOwnedSlots().add(cpOwned);
                model.positions.put(cpOwned, file, s.line(), s.column());
                uses.cpOwned(volume, member, slot, s.qualifier() != null, volid.line(), volid.column());
            }
            VolumeUseTag.parse(s.trailingComment()).ifPresent(use -> uses.tag(volume, use, volid.line(), volid.column()));
            VolumeUseTag.owner(s.trailingComment()).map(model::member)
                    .ifPresent(owner -> uses.owner(volume, owner, volid.line(), volid.column()));
        }

        private void userVolumeList(Statement s) {
            List<Token> ops = s.operands();
            for (Token volid : ops) {
                if (volid.text().length() > 6 || volid.text().contains("*") || volid.text().contains("%")) {
                    model.keep(s);
                    diagnostics.error(volid.line(), volid.column(), Rule.IMPORT_OPERANDS, "User_Volume_List names '"
                            + volid.text() + "', which is not a volume label of 1-6 characters; list exact labels, or "
                            + "use User_Volume_Include for patterns (kept as written)");
                    return;
                }
            }
            List<Member> targets = targets(s);
            if (targets == null) {
                model.keep(s);
                return;
            }
            Member owner = s.qualifier() == null ? null : targets.get(0);
            Optional<VolumeUse> tag = VolumeUseTag.parse(s.trailingComment());
            for (Token volid : ops) {
                DasdVolume volume = model.volume(volid.text(), file, volid.line(), volid.column());
                uses.userList(volume, owner, volid.line(), volid.column());
                tag.ifPresent(use -> uses.tag(volume, use, volid.line(), volid.column()));
            }
        }

        // ISFC links -------------------------------------------------------------------------------

        private void islink(Statement s) {
            if (s.qualifier() == null) {
                model.keep(s);
                diagnostics.warning(s.line(), s.column(), Rule.IMPORT_OPERANDS, "ACTIVATE ISLINK without a member "
                        + "qualifier would activate the same devices on every member; qualify it (SYSA: ACTIVATE ISLINK "
                        + "...) so SSI Planner can tell the link's sides apart (kept as written)");
                return;
            }
            List<Member> targets = targets(s);
            if (targets == null) {
                model.keep(s);
                return;
            }
            List<String> devices = new ArrayList<>();
            Token node = null;
            List<Token> ops = s.operands();
            for (int i = 0; i < ops.size(); i++) {
                Token op = ops.get(i);
                if (StatementKind.ACTIVATE_ISLINK.isOperand(op.text(), "NODe")) {
                    node = i + 1 < ops.size() ? ops.get(++i) : null;
                    if (node == null) {
                        model.keep(s);
                        return;
                    }
                } else if (StatementKind.ACTIVATE_ISLINK.isOperand(op.text(), "BUffers")) {
                    diagnostics.info(op.line(), op.column(), Rule.IMPORT_KEPT, "BUFFERS is accepted and ignored by CP; "
                            + "it is not kept in the model");
                    i++;
                } else if (!devices(op.text(), devices)) {
                    model.keep(s); // the ISLINK check reports the device number
                    return;
                }
            }
            if (node == null) {
                model.keep(s);
                diagnostics.warning(s.line(), s.column(), Rule.ISLINK_PAIRING, "ACTIVATE ISLINK has no NODE; SSI Planner "
                        + "pairs the two sides of a link by NODE, so add NODE partner (kept as written)");
                return;
            }
            Member partner = model.member(node.text());
            Member member = targets.get(0);
            if (partner == null || partner == member) {
                model.keep(s);
                diagnostics.warning(node.line(), node.column(), Rule.IMPORT_REFERENCE, "NODE " + node.upper() + " is "
                        + (partner == null ? "not a member of the SSI statement" : "the member itself")
                        + "; an ISFC link of the cluster connects two members, fix the node name (kept as written)");
                return;
            }
            if (devices.isEmpty()) {
                model.keep(s);
                return;
            }
            islinks.add(member, partner, devices, s);
        }

        /** Adds the devices {@code text} names (4A00 or 4A00-4A03), upper case, 4 digits; false if malformed. */
        private static boolean devices(String text, List<String> into) {
            int dash = text.indexOf('-');
            String from = dash < 0 ? text : text.substring(0, dash);
            String to = dash < 0 ? text : text.substring(dash + 1);
            if (!OperandShapes.isHex(from, 4) || !OperandShapes.isHex(to, 4)) {
                return false;
            }
            int a = Integer.parseInt(from, 16);
            int b = Integer.parseInt(to, 16);
            if (b < a || b - a > 255) {
                return false;
            }
            for (int d = a; d <= b; d++) {
                into.add(String.format("%04X", d));
            }
            return true;
        }

        // VMLAN ------------------------------------------------------------------------------------

        private void vmlan(Statement s) {
            List<Member> targets = targets(s);
            if (targets == null) {
                model.keep(s);
                return;
            }
            List<String> rest = new ArrayList<>();
            List<Token> ops = s.operands();
            for (int i = 0; i < ops.size(); i++) {
                Token op = ops.get(i);
                boolean mac = StatementKind.VMLAN.isOperand(op.text(), "MACPREFIX");
                boolean user = StatementKind.VMLAN.isOperand(op.text(), "USERPREFIX");
                Token value = i + 1 < ops.size() ? ops.get(i + 1) : null;
                if ((mac || user) && value != null && value.text().length() == 6 && OperandShapes.isHex(value.text(), 6)) {
                    i++;
                    if (mac) {
                        if (s.qualifier() == null && targets.size() > 1) {
                            diagnostics.warning(op.line(), op.column(), Rule.IMPORT_CONFLICT, "an unqualified MACPREFIX "
                                    + "gives every member the same prefix, but each member needs its own [U]; qualify "
                                    + "it per member");
                        }
                        targets.forEach(m -> m.setMacPrefix(value.upper()));
                    } else {
                        String current = model.cluster.getUserPrefix();
                        if (current != null && !current.equals(value.upper())) {
                            diagnostics.warning(value.line(), value.column(), Rule.IMPORT_CONFLICT, "USERPREFIX "
                                    + value.upper() + " differs from " + current + " at " + userPrefixAt.line() + ":"
                                    + userPrefixAt.column() + "; USERPREFIX must be the same on every member [U], the "
                                    + "model keeps " + current);
                        } else if (current == null) {
                            model.cluster.setUserPrefix(value.upper());
                            userPrefixAt = s;
                        }
                    }
                } else {
                    rest.add(op.text());
                }
            }
            if (!rest.isEmpty()) {
                List<String> records = new ssiplan.sysconfig.format.StatementWriter().write(
                        Statement.unmodelled("VMLAN", rest.toArray(String[]::new)).withQualifier(
                                s.qualifier() == null || s.qualifier().fromBlock() ? null : s.qualifier().name()));
                model.keep(s.qualifier() == null ? "" : s.qualifier().name(), "VMLAN", records);
                diagnostics.info(s.line(), s.column(), Rule.IMPORT_KEPT, "VMLAN operands '" + String.join(" ", rest)
                        + "' are not modelled; they are kept as a VMLAN statement of their own");
            }
        }

        // OSAs and virtual switches ----------------------------------------------------------------

        private void rdevice(Statement s) {
            List<Token> ops = s.operands();
            String eqid = null;
            String type = null;
            boolean other = false;
            for (int i = 1; i + 1 < ops.size(); i += 2) {
                if (StatementKind.RDEVICE.isOperand(ops.get(i).text(), "EQID")) {
                    eqid = ops.get(i + 1).upper();
                } else if (StatementKind.RDEVICE.isOperand(ops.get(i).text(), "TYPE")) {
                    type = ops.get(i + 1).upper();
                } else {
                    other = true;
                }
            }
            List<String> devices = new ArrayList<>();
            if (ops.size() % 2 == 0 || other || eqid == null || !"OSA".equals(type) || eqid.length() > 8
                    || !devices(ops.get(0).text(), devices)) {
                return; // kept by the main pass
            }
            List<Member> targets = targets(s);
            if (targets == null) {
                return;
            }
            for (Member member : targets) {
                List<OsaDevice> sameEqid = osaByEqid.computeIfAbsent(eqid, k -> new ArrayList<>());
                OsaDevice osa = sameEqid.stream().filter(o -> o.getDeviceNumbers().stream()
                        .noneMatch(n -> n.getMember() == member)).findFirst().orElse(null);
                if (osa == null) {
                    osa = model.addOsa(eqid, eqid);
                    sameEqid.add(osa);
                    model.positions.put(osa, file, s.line(), s.column());
                }
                osa.getDeviceNumbers().add(ImportedModel.deviceNumber(member, devices.get(0)));
                Map<Integer, OsaDevice> byDevice = osaByDevice.computeIfAbsent(member, k -> new HashMap<>());
                for (String device : devices) {
                    byDevice.putIfAbsent(Integer.parseInt(device, 16), osa);
                }
            }
            mapped.add(s);
        }

        private OsaDevice osa(Member member, String rdev, Token at) {
            int device = Integer.parseInt(rdev, 16);
            OsaDevice osa = osaByDevice.computeIfAbsent(member, k -> new HashMap<>()).get(device);
            if (osa == null) {
                osa = model.addOsa("OSA-" + member.getName() + "-" + String.format("%04X", device), null);
                osa.getDeviceNumbers().add(ImportedModel.deviceNumber(member, String.format("%04X", device)));
                model.positions.put(osa, file, at);
                osaByDevice.get(member).put(device, osa);
                diagnostics.info(at.line(), at.column(), Rule.IMPORT_ASSUMED, "OSA " + String.format("%04X", device)
                        + " on " + member.getName() + " has no RDEVICE ... EQID statement; it is modelled without an "
                        + "EQID, and a relocating guest needs one on each member's uplink: add 'RDEVICE "
                        + String.format("%04X-%04X", device, device + 2) + " EQID name TYPE OSA'");
            }
            return osa;
        }

        private void vswitch(Statement s) {
            List<Token> ops = s.operands();
            if (ops.isEmpty() || ops.get(0).text().length() > 8) {
                model.keep(s); // the VSWITCH check says what is wrong
                return;
            }
            List<Member> targets = targets(s);
            if (targets == null) {
                model.keep(s);
                return;
            }
            VswitchType type = VswitchType.QDIO;
            VswitchTransport transport = null;
            VlanMode vlanMode = VlanMode.UNAWARE;
            int defaultVlan = 0;
            PortAssignment ports = PortAssignment.USERBASED;
            List<Token> rdevs = new ArrayList<>();
            boolean rdevNone = false;
            List<String> other = new ArrayList<>();
            StatementKind k = StatementKind.DEFINE_VSWITCH;
            for (int i = 1; i < ops.size(); i++) {
                String op = ops.get(i).text();
                String next = i + 1 < ops.size() ? ops.get(i + 1).text() : null;
                if (k.isOperand(op, "TYPE") && next != null && (k.isOperand(next, "QDIO") || k.isOperand(next, "IVL"))) {
                    type = k.isOperand(next, "IVL") ? VswitchType.IVL : VswitchType.QDIO;
                    i++;
                } else if (k.isOperand(op, "RDEV")) {
                    int j = i + 1;
                    if (j < ops.size() && k.isOperand(ops.get(j).text(), "NONE")) {
                        rdevNone = true;
                        j++;
                    }
                    while (!rdevNone && j < ops.size() && k.operandKeyword(ops.get(j).text()).isEmpty()) {
                        rdevs.add(ops.get(j++));
                    }
                    i = j - 1;
                } else if (k.isOperand(op, "ETHernet")) {
                    transport = VswitchTransport.ETHERNET;
                } else if (k.isOperand(op, "IP")) {
                    transport = VswitchTransport.IP;
                } else if (k.isOperand(op, "VLAN") && next != null
                        && (k.isOperand(next, "AWARE") || k.isOperand(next, "UNAWARE") || isVlanId(next))) {
                    vlanMode = k.isOperand(next, "UNAWARE") ? VlanMode.UNAWARE : VlanMode.AWARE;
                    defaultVlan = isVlanId(next) ? Integer.parseInt(next) : 0;
                    i++;
                } else if (k.isOperand(op, "PORTBASED")) {
                    ports = PortAssignment.PORTBASED;
                } else if (k.isOperand(op, "USERBASED")) {
                    ports = PortAssignment.USERBASED;
                } else {
                    other.add(op);
                }
            }
            for (Token rdev : rdevs) {
                if (!OperandShapes.isHex(rdev.text(), 4)) {
                    model.keep(s); // the VSWITCH check reports it
                    return;
                }
            }
            if (transport == null) {
                // CP's default transport is IP [U]; an IVL switch is always Ethernet [C].
                transport = type == VswitchType.IVL ? VswitchTransport.ETHERNET : VswitchTransport.IP;
            }
            Token name = ops.get(0);
            VirtualSwitch vswitch = model.vswitch(name.text());
            if (vswitch == null) {
                vswitch = model.addSwitch(name.text());
                vswitch.setType(type);
                vswitch.setTransport(transport);
                vswitch.setVlanMode(vlanMode);
                vswitch.setDefaultVlan(defaultVlan);
                vswitch.setPortAssignment(ports);
                model.positions.put(vswitch, file, name);
            } else if (vswitch.getType() != type || vswitch.getTransport() != transport || vswitch.getVlanMode() != vlanMode
                    || vswitch.getDefaultVlan() != defaultVlan || vswitch.getPortAssignment() != ports) {
                diagnostics.warning(name.line(), name.column(), Rule.IMPORT_CONFLICT, "VSWITCH " + vswitch.getName()
                        + " is defined differently here than on the member defined first (type, ETHERNET/IP, VLAN or "
                        + "port assignment); a relocating guest needs the same switch on every member [C], so the model "
                        + "keeps the first definition: make them the same");
            }
            if (s.qualifier() == null && rdevs.isEmpty()) {
                vswitch.setOtherOperands(other.isEmpty() ? null : String.join(" ", other));
                mapped.add(s);
                return;
            }
            for (Member member : targets) {
                VirtualSwitch target = vswitch;
                if (target.getUplinks().stream().anyMatch(u -> u.getMember() == member)) {
                    model.keep(s); // a second definition for the member: the VSWITCH check reports it
                    return;
                }
                VswitchUplink uplink = ImportedModel.F.createVswitchUplink();
                uplink.setMember(member);
                for (Token rdev : rdevs.subList(0, Math.min(3, rdevs.size()))) {
                    uplink.getOsaDevices().add(osa(member, rdev.text(), rdev));
                }
                uplink.setOtherOperands(other.isEmpty() ? null : String.join(" ", other));
                vswitch.getUplinks().add(uplink);
                model.positions.put(uplink, file, s.line(), s.column());
            }
            mapped.add(s);
        }

        private static boolean isVlanId(String text) {
            return OperandShapes.isDecimal(text) && Integer.parseInt(text) >= 1 && Integer.parseInt(text) <= 4094;
        }

        // Relocation domains -----------------------------------------------------------------------

        private void domain(Statement s) {
            List<String> names = RelocationDomainForm.members(s);
            if (names == null || s.qualifier() != null || s.operands().get(0).text().length() > 8) {
                model.keep(s);
                diagnostics.warning(s.line(), s.column(), Rule.IMPORT_OPERANDS, "RELOCATION_DOMAIN not understood; "
                        + "SSI Planner reads 'RELOCATION_DOMAIN name MEMBERS member ...' without a qualifier, a name of "
                        + "1-8 characters [U form] (kept as written)");
                return;
            }
            Token name = s.operands().get(0);
            if (model.cluster.getRelocationDomains().stream().anyMatch(d -> d.getName().equalsIgnoreCase(name.text()))) {
                model.keep(s);
                diagnostics.warning(name.line(), name.column(), Rule.IMPORT_CONFLICT, "relocation domain "
                        + name.upper() + " is defined twice; the second definition is kept as written, delete one");
                return;
            }
            RelocationDomain domain = ImportedModel.F.createRelocationDomain();
            domain.setName(name.upper());
            for (int i = 0; i < names.size(); i++) {
                Member member = model.member(names.get(i));
                if (member == null) {
                    Token at = s.operands().get(i + 2);
                    model.keep(s);
                    diagnostics.warning(at.line(), at.column(), Rule.IMPORT_REFERENCE, "relocation domain "
                            + name.upper() + " names " + at.upper() + ", which is not a member of the SSI statement; "
                            + "kept as written, fix the member name");
                    return;
                }
                if (!domain.getMembers().contains(member)) {
                    domain.getMembers().add(member);
                }
            }
            model.cluster.getRelocationDomains().add(domain);
            model.positions.put(domain, file, name);
            mapped.add(s);
        }
    }
}
