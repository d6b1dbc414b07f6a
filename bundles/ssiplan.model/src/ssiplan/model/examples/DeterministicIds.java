package ssiplan.model.examples;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import ssiplan.model.Installation;
import ssiplan.model.resource.SsiplanResource;

/**
 * Gives every element of a built installation a UUID derived from a namespace and the element's
 * containment path, so that building the same example (or the same synthetic seed) twice yields the
 * same ids and therefore byte-identical files.
 *
 * <p>The ids are set in a scratch {@link SsiplanResource} and the installation is then detached
 * again: EMF remembers the id of a detached element and gives it back when the element is attached to
 * the next UUID resource (the one {@code InstallationStore.save} creates), instead of a random one.
 */
final class DeterministicIds {

    private DeterministicIds() {
    }

    static Installation assign(Installation installation, String namespace) {
        SsiplanResource scratch = new SsiplanResource(URI.createURI("scratch:/" + namespace + ".ssiplan")) {
            {
                // "Loading": attaching then assigns no random UUIDs that would be overwritten at once.
                isLoading = true;
            }
        };
        scratch.getContents().add(installation);
        assignBelow(scratch, installation, namespace, "");
        scratch.setID(installation, idFor(namespace, ""));
        scratch.getContents().remove(installation);
        return installation;
    }

    /** An id in EMF's own UUID form ("_" and 22 base64 characters), name-based (RFC 4122 version 3), URL-safe base64 like EMF's own. */
    static String idFor(String namespace, String path) {
        UUID uuid = UUID.nameUUIDFromBytes(("ssiplan:" + namespace + ":" + path).getBytes(StandardCharsets.UTF_8));
        ByteBuffer bytes = ByteBuffer.allocate(16);
        bytes.putLong(uuid.getMostSignificantBits());
        bytes.putLong(uuid.getLeastSignificantBits());
        return "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** Ids from containment paths such as {@code /cecs.0/lpars.1}; stable because the builders add elements in a fixed order. */
    private static void assignBelow(SsiplanResource scratch, EObject parent, String namespace, String parentPath) {
        for (EReference containment : parent.eClass().getEAllContainments()) {
            if (containment.isMany()) {
                List<?> children = (List<?>) parent.eGet(containment);
                for (int i = 0; i < children.size(); i++) {
                    assign(scratch, (EObject) children.get(i), namespace, parentPath + "/" + containment.getName() + "." + i);
                }
            } else if (parent.eGet(containment) instanceof EObject child) {
                assign(scratch, child, namespace, parentPath + "/" + containment.getName() + ".0");
            }
        }
    }

    private static void assign(SsiplanResource scratch, EObject element, String namespace, String path) {
        scratch.setID(element, idFor(namespace, path));
        assignBelow(scratch, element, namespace, path);
    }
}
