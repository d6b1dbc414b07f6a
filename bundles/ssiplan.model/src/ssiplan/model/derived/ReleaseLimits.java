package ssiplan.model.derived;

import ssiplan.model.PlanningSettings;
import ssiplan.model.ReleaseLimit;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.ZvmRelease;

/**
 * How many members an SSI cluster may have at a release. The planner's own settings win; these
 * built-in defaults apply to releases the settings do not list.
 */
public final class ReleaseLimits {

    /** SLOT 1-4 is documented up to 7.2 [C]. */
    public static final int CONFIRMED_MAX_MEMBERS = 4;
    /** Eight members is widely cited for 7.3 and later but not confirmed [U]. */
    public static final int CITED_MAX_MEMBERS_FROM_7_3 = 8;

    private ReleaseLimits() {
    }

    /** The limit at {@code release}: the settings' entry if there is one, else the built-in default. */
    public static int maxMembers(PlanningSettings settings, ZvmRelease release) {
        if (settings != null) {
            for (ReleaseLimit limit : settings.getReleaseLimits()) {
                if (limit.getRelease() == release) {
                    return limit.getMaxMembers();
                }
            }
        }
        return defaultFor(release).getMaxMembers();
    }

    /** The built-in default for one release, as a detached element. */
    public static ReleaseLimit defaultFor(ZvmRelease release) {
        ReleaseLimit limit = SsiplanFactory.eINSTANCE.createReleaseLimit();
        limit.setRelease(release);
        boolean confirmed = release.getValue() <= ZvmRelease.V7_2_VALUE;
        limit.setMaxMembers(confirmed ? CONFIRMED_MAX_MEMBERS : CITED_MAX_MEMBERS_FROM_7_3);
        limit.setConfirmed(confirmed);
        return limit;
    }

    /** Adds a default entry for every release the settings do not list yet, so planners see and can edit them. */
    public static void addMissingDefaults(PlanningSettings settings) {
        for (ZvmRelease release : ZvmRelease.VALUES) {
            boolean listed = settings.getReleaseLimits().stream().anyMatch(limit -> limit.getRelease() == release);
            if (!listed) {
                settings.getReleaseLimits().add(defaultFor(release));
            }
        }
    }
}
