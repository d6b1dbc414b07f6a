package ssiplan.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import ssiplan.model.Installation;

/**
 * Reads and writes installation files ({@code .ssiplan}) for the workbench, the CLI and the tests.
 *
 * <p>Loading is all or nothing: any XML, structure or reference problem becomes an
 * {@link InstallationLoadException} naming {@code file:line:col}. Saving replaces the file atomically
 * and keeps the previous version as {@code NAME.ssiplan.bak}.
 */
public class InstallationStore {

    /**
     * Loads the installation in {@code file} into a fresh resource set.
     *
     * @throws InstallationLoadException when the file is missing, is not well-formed XML, contains a
     *         DOCTYPE, names unknown elements or attributes, has references that do not resolve inside
     *         the file, or does not hold exactly one Installation
     */
    public Installation load(Path file) throws InstallationLoadException {
        String shownName = file.toString();
        URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
        ResourceSet resourceSet = SsiplanResourceFactory.register(new ResourceSetImpl());
        resourceSet.setURIConverter(new SingleFileURIConverter(uri));
        Resource resource = resourceSet.createResource(uri);
        LoadProblems problems = new LoadProblems(shownName);

        Exception thrown = null;
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, Map.of());
        } catch (IOException | RuntimeException e) {
            thrown = e;
        }
        problems.addAll(resource.getErrors());
        if (thrown != null) {
            problems.add(thrown);
        }
        Installation installation = null;
        if (problems.isEmpty()) {
            installation = rootOf(resource, problems);
        }
        if (installation != null) {
            reportReferencesLeavingTheFile(resource, problems);
        }
        if (!problems.isEmpty()) {
            resource.unload();
            resourceSet.getResources().remove(resource);
            throw new InstallationLoadException(problems.list(), thrown);
        }
        return installation;
    }

    /**
     * Saves {@code installation} to {@code file}. An installation that is not yet in a resource is put
     * into a new {@code .ssiplan} resource for {@code file} (its elements get their UUIDs then); one that
     * is in a resource is saved from it, and that resource now belongs to {@code file} (Save As).
     *
     * @throws IOException when writing fails; {@code file} and its {@code .bak} are then unchanged
     */
    public void save(Installation installation, Path file) throws IOException {
        URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
        Resource resource = installation.eResource();
        if (resource == null) {
            ResourceSet resourceSet = SsiplanResourceFactory.register(new ResourceSetImpl());
            resource = resourceSet.createResource(uri);
            resource.getContents().add(installation);
        } else if (!(resource instanceof SsiplanResource)) {
            throw new IllegalArgumentException("Installation is in a " + resource.getClass().getSimpleName()
                    + ", not an .ssiplan resource; element ids would not be kept");
        } else if (resource.getContents().get(0) != installation) {
            throw new IllegalArgumentException("Installation is not the root of its resource " + resource.getURI());
        }
        if (!uri.equals(resource.getURI())) {
            resource.setURI(uri);
        }
        Resource toWrite = resource;
        AtomicFileReplacement.replaceKeepingBackup(file, out -> write(toWrite, out));
        resource.setModified(false);
    }

    /** Where {@link #save} keeps the previous version of {@code file}. */
    public static Path backupOf(Path file) {
        return AtomicFileReplacement.backupOf(file);
    }

    /** Serialises the resource; a separate step so the failure handling of {@link #save} can be exercised. */
    protected void write(Resource resource, OutputStream out) throws IOException {
        resource.save(out, null);
    }

    private static Installation rootOf(Resource resource, LoadProblems problems) {
        if (resource.getContents().size() == 1 && resource.getContents().get(0) instanceof Installation installation) {
            return installation;
        }
        String found = resource.getContents().isEmpty() ? "nothing"
                : resource.getContents().size() + " root element(s), the first a " + resource.getContents().get(0).eClass().getName();
        problems.add(1, 1, "expected one ssiplan:Installation root element, found " + found);
        return null;
    }

    /** Installation files are self-contained; a reference into another file is never followed. */
    private static void reportReferencesLeavingTheFile(Resource resource, LoadProblems problems) {
        for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext();) {
            EObject object = all.next();
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !object.eIsSet(reference)) {
                    continue;
                }
                for (Iterator<?> values = values(object, reference); values.hasNext();) {
                    if (values.next() instanceof EObject value && value.eIsProxy()) {
                        problems.add(0, 0, object.eClass().getName() + " " + EcoreUtil.getURI(object).fragment() + ": "
                                + reference.getName() + " refers outside this file to " + EcoreUtil.getURI(value));
                    }
                }
            }
        }
    }

    private static Iterator<?> values(EObject object, EReference reference) {
        Object value = object.eGet(reference, false);
        if (reference.isMany()) {
            return ((InternalEList<?>) value).basicIterator();
        }
        return List.of(value).iterator();
    }

    /**
     * Lets the parser open the installation file and nothing else: a crafted file could otherwise make
     * EMF fetch a package or a referenced document from a URL or read another local file.
     */
    private static final class SingleFileURIConverter extends ExtensibleURIConverterImpl {
        private final URI allowed;

        SingleFileURIConverter(URI allowed) {
            this.allowed = allowed;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            URI normalized = normalize(uri);
            if (!allowed.equals(normalized)) {
                throw new IOException("installation files may not refer to other files or URLs: " + uri);
            }
            return super.createInputStream(uri, options);
        }
    }
}
