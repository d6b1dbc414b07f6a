package ssiplan.model.resource;

import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * An installation file: XMI in UTF-8 where every element carries a UUID as {@code xmi:id}.
 *
 * <p>UUIDs are what diagram layouts, diffs and cross-file references point at, so they must not change
 * when the model is edited or re-saved: an element gets one when it is first attached to the resource
 * (also while loading a file that lacks it) and keeps it through save/load and through a
 * detach/re-attach (EMF keeps detached ids). Non-containment references are written as these ids.
 *
 * <p>Loading never resolves external entities or DTDs: a model file is data from anywhere (mail,
 * tickets, CI artefacts) and XML entities are the classic way to read local files or call out.
 */
public class SsiplanResource extends XMIResourceImpl {

    public SsiplanResource(URI uri) {
        super(uri);
        getDefaultSaveOptions().putAll(saveOptions());
        getDefaultLoadOptions().putAll(loadOptions());
    }

    @Override
    protected boolean useUUIDs() {
        return true;
    }

    static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        // Resource.OPTION_SAVE_ONLY_IF_CHANGED is deliberately absent: a save always writes, because
        // InstallationStore replaces the file with exactly the bytes it wrote and fsynced.
        return options;
    }

    static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, secureParserFeatures());
        // With UUIDs, resolving references once at the end of the document is both faster and the
        // point where a dangling id is reported with its line and column.
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_LEXICAL_HANDLER, Boolean.FALSE);
        return options;
    }

    /** SAX features that reject DOCTYPEs and never fetch external entities or DTDs. */
    public static Map<String, Boolean> secureParserFeatures() {
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        return features;
    }
}
