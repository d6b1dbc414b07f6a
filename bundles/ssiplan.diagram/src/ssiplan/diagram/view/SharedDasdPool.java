package ssiplan.diagram.view;

import ssiplan.model.Installation;

/** The diagram node holding the volumes every member reaches (spool, common/PDR, release, shared user). */
public record SharedDasdPool(Installation installation) {
}
