package ssiplan.validation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import ssiplan.model.Installation;
import ssiplan.model.PlanningSettings;
import ssiplan.model.ReleaseLimit;
import ssiplan.model.SsiplanPackage;
import ssiplan.model.ZvmRelease;
import ssiplan.model.derived.ReleaseLimits;

/**
 * The limits a validation run applies. Each limit comes from, in this order: an override set here
 * (e.g. from a CLI option), the installation's {@link PlanningSettings}, the built-in default. Immutable;
 * build one with {@link #builder()}.
 */
public final class ValidationOptions {

    private static final ValidationOptions DEFAULTS = builder().build();

    private final Double memoryOvercommitLimit;
    private final Double pagingUseLimit;
    private final Map<ZvmRelease, MemberLimit> memberLimits;
    private final Set<String> disabledRules;

    private ValidationOptions(Builder builder) {
        this.memoryOvercommitLimit = builder.memoryOvercommitLimit;
        this.pagingUseLimit = builder.pagingUseLimit;
        this.memberLimits = Collections.unmodifiableMap(new EnumMap<>(builder.memberLimits));
        this.disabledRules = Collections.unmodifiableSet(new LinkedHashSet<>(builder.disabledRules));
    }

    /** No overrides: the installation's settings, else the built-in defaults. */
    public static ValidationOptions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Largest allowed ratio of logged-on guests' storage to a member's real memory: the override, else
     * {@code PlanningSettings.memoryOvercommitLimit} (1.5 when unset, a planning default, not an IBM rule).
     */
    public double memoryOvercommitLimit(Installation installation) {
        if (memoryOvercommitLimit != null) {
            return memoryOvercommitLimit;
        }
        PlanningSettings settings = settingsOf(installation);
        return settings != null ? settings.getMemoryOvercommitLimit()
                : (Double) SsiplanPackage.Literals.PLANNING_SETTINGS__MEMORY_OVERCOMMIT_LIMIT.getDefaultValue();
    }

    /** Highest planned fraction of a member's paging space in use (override, settings, 0.5). */
    public double pagingUseLimit(Installation installation) {
        if (pagingUseLimit != null) {
            return pagingUseLimit;
        }
        PlanningSettings settings = settingsOf(installation);
        return settings != null ? settings.getPagingUseLimit()
                : (Double) SsiplanPackage.Literals.PLANNING_SETTINGS__PAGING_USE_LIMIT.getDefaultValue();
    }

    /** The member limit at {@code release}: override, the settings' ReleaseLimit entry, else the built-in default. */
    public MemberLimit memberLimit(Installation installation, ZvmRelease release) {
        MemberLimit override = memberLimits.get(release);
        if (override != null) {
            return override;
        }
        PlanningSettings settings = settingsOf(installation);
        if (settings != null) {
            for (ReleaseLimit limit : settings.getReleaseLimits()) {
                if (limit.getRelease() == release && limit.getMaxMembers() >= 1) {
                    return new MemberLimit(limit.getMaxMembers(), limit.isConfirmed());
                }
            }
        }
        ReleaseLimit builtIn = ReleaseLimits.defaultFor(release);
        return new MemberLimit(builtIn.getMaxMembers(), builtIn.isConfirmed());
    }

    /** Overrides of member limits by release. */
    public Map<ZvmRelease, MemberLimit> memberLimitOverrides() {
        return memberLimits;
    }

    /** Rule ids whose findings are not reported. */
    public Set<String> disabledRules() {
        return disabledRules;
    }

    public boolean isEnabled(Rule rule) {
        return !disabledRules.contains(rule.id());
    }

    private static PlanningSettings settingsOf(Installation installation) {
        return installation == null ? null : installation.getSettings();
    }

    public static final class Builder {
        private Double memoryOvercommitLimit;
        private Double pagingUseLimit;
        private final Map<ZvmRelease, MemberLimit> memberLimits = new EnumMap<>(ZvmRelease.class);
        private final Set<String> disabledRules = new LinkedHashSet<>();

        private Builder() {
        }

        /** Overrides PlanningSettings.memoryOvercommitLimit; must be positive. */
        public Builder memoryOvercommitLimit(double ratio) {
            if (!(ratio > 0)) {
                throw new IllegalArgumentException("memory over-commit limit must be positive, not " + ratio);
            }
            this.memoryOvercommitLimit = ratio;
            return this;
        }

        /** Overrides PlanningSettings.pagingUseLimit; a fraction in (0, 1]. */
        public Builder pagingUseLimit(double fraction) {
            if (!(fraction > 0 && fraction <= 1)) {
                throw new IllegalArgumentException("paging use limit must be in (0, 1], not " + fraction);
            }
            this.pagingUseLimit = fraction;
            return this;
        }

        /** Overrides the member limit at one release (e.g. 8 at 7.3, unconfirmed). */
        public Builder memberLimit(ZvmRelease release, MemberLimit limit) {
            memberLimits.put(Objects.requireNonNull(release), Objects.requireNonNull(limit));
            return this;
        }

        /** Leaves out the findings of a rule (by id). */
        public Builder disable(String ruleId) {
            disabledRules.add(Objects.requireNonNull(ruleId));
            return this;
        }

        public ValidationOptions build() {
            return new ValidationOptions(this);
        }
    }
}
