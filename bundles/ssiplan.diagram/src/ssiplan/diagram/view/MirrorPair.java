package ssiplan.diagram.view;

import ssiplan.model.DasdVolume;

/** Two volumes mirrored between sites, drawn as one dashed connection. */
public record MirrorPair(DasdVolume primary, DasdVolume secondary) {
}
