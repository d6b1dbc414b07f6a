package ssiplan.sysconfig.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ssiplan.model.ConfigStatement;
import ssiplan.model.DasdVolume;
import ssiplan.model.DeviceNumber;
import ssiplan.model.Installation;
import ssiplan.model.Member;
import ssiplan.model.OsaDevice;
import ssiplan.model.SsiCluster;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.VirtualSwitch;
import ssiplan.model.derived.ReleaseLimits;
import ssiplan.sysconfig.config.Statement;

/**
 * The model an import is building, with the lookups both importers need: members, volumes, OSAs and
 * virtual switches by name (names are case-insensitive, kept in upper case), and the source positions.
 */
final class ImportedModel {

    static final SsiplanFactory F = SsiplanFactory.eINSTANCE;

    final Installation installation = F.createInstallation();
    final SsiCluster cluster = F.createSsiCluster();
    final SourcePositions positions = new SourcePositions();
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, DasdVolume> volumes = new LinkedHashMap<>();
    private final Map<String, VirtualSwitch> switches = new LinkedHashMap<>();
    private final List<DasdVolume> createdVolumes = new ArrayList<>();
    private final java.util.Set<String> deviceNames = new java.util.HashSet<>();

    ImportedModel() {
        installation.setSettings(F.createPlanningSettings());
        ReleaseLimits.addMissingDefaults(installation.getSettings());
        installation.getClusters().add(cluster);
    }

    Member member(String name) {
        return name == null ? null : members.get(name.toUpperCase(Locale.ROOT));
    }

    List<Member> members() {
        return List.copyOf(members.values());
    }

    Member addMember(String name, int slot) {
        Member member = F.createMember();
        member.setName(name.toUpperCase(Locale.ROOT));
        member.setSlot(slot);
        cluster.getMembers().add(member);
        members.put(member.getName(), member);
        return member;
    }

    DasdVolume volume(String volser) {
        return volumes.get(volser.toUpperCase(Locale.ROOT));
    }

    /** The volume with this label, created (3390, shared user volume until evidence says otherwise) if new. */
    DasdVolume volume(String volser, String file, int line, int column) {
        String key = volser.toUpperCase(Locale.ROOT);
        DasdVolume volume = volumes.get(key);
        if (volume == null) {
            volume = F.createDasdVolume();
            volume.setVolser(key);
            installation.getDasdVolumes().add(volume);
            volumes.put(key, volume);
            createdVolumes.add(volume);
            positions.put(volume, file, line, column);
        }
        return volume;
    }

    List<DasdVolume> createdVolumes() {
        return createdVolumes;
    }

    VirtualSwitch vswitch(String name) {
        return name == null ? null : switches.get(name.toUpperCase(Locale.ROOT));
    }

    VirtualSwitch addSwitch(String name) {
        VirtualSwitch vswitch = F.createVirtualSwitch();
        vswitch.setName(name.toUpperCase(Locale.ROOT));
        cluster.getVirtualSwitches().add(vswitch);
        switches.put(vswitch.getName(), vswitch);
        return vswitch;
    }

    OsaDevice addOsa(String name, String eqid) {
        OsaDevice osa = F.createOsaDevice();
        String unique = name;
        for (int n = 2; hasDevice(unique); n++) {
            unique = name + "-" + n;
        }
        osa.setName(unique);
        deviceNames.add(unique);
        osa.setEqid(eqid);
        installation.getRealDevices().add(osa);
        return osa;
    }

    private boolean hasDevice(String name) {
        return deviceNames.contains(name);
    }

    static DeviceNumber deviceNumber(Member member, String rdev) {
        DeviceNumber number = F.createDeviceNumber();
        number.setMember(member);
        number.setRdev(rdev.toUpperCase(Locale.ROOT));
        return number;
    }

    /** Keeps a read statement as written. */
    void keep(Statement statement) {
        ConfigStatement kept = F.createConfigStatement();
        kept.setQualifier(statement.qualifier() == null ? "" : statement.qualifier().name());
        kept.setKeyword(statement.keyword());
        kept.setText(statement.source() == null ? statement.toString() : statement.source().text());
        cluster.getConfigStatements().add(kept);
        if (statement.source() != null) {
            positions.put(kept, statement.file(), statement.line(), statement.column());
        }
    }

    /** Keeps a statement built from parts of a read one (its source records would say more than is kept). */
    void keep(String qualifier, String keyword, List<String> records) {
        ConfigStatement kept = F.createConfigStatement();
        kept.setQualifier(qualifier == null ? "" : qualifier);
        kept.setKeyword(keyword);
        kept.setText(String.join("\n", records));
        cluster.getConfigStatements().add(kept);
    }
}
