package ssiplan.diagram.view;

import ssiplan.model.Installation;

/** The diagram node holding the virtual switches and the OSA devices that uplink them. */
public record NetworkArea(Installation installation) {
}
