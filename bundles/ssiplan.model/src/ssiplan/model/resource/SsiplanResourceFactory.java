package ssiplan.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import ssiplan.model.SsiplanPackage;

/**
 * Creates {@link SsiplanResource}s for {@code .ssiplan} files. Registered through the
 * {@code org.eclipse.emf.ecore.extension_parser} extension when running in Eclipse; headless code
 * (CLI, tests) calls {@link #register(ResourceSet)} instead.
 */
public class SsiplanResourceFactory extends XMIResourceFactoryImpl {

    /** File extension of installation files. */
    public static final String FILE_EXTENSION = "ssiplan";

    @Override
    public Resource createResource(URI uri) {
        return new SsiplanResource(uri);
    }

    /**
     * Makes {@code resourceSet} read and write {@code .ssiplan} files without the plug-in registry:
     * registers the factory for the extension and the model's package for its namespace.
     */
    public static ResourceSet register(ResourceSet resourceSet) {
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(FILE_EXTENSION, new SsiplanResourceFactory());
        resourceSet.getPackageRegistry().put(SsiplanPackage.eNS_URI, SsiplanPackage.eINSTANCE);
        return resourceSet;
    }
}
