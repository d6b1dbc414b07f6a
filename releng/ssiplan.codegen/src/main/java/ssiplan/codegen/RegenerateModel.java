package ssiplan.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates {@code ssiplan.model/src-gen} (MODEL) and {@code ssiplan.model.edit/src-gen} (EDIT) from
 * {@code ssiplan.model/model/ssiplan.ecore} without an Eclipse IDE.
 *
 * <p>Before generating, the genmodel is rebuilt from the current ecore and reconciled with the saved
 * one (what the IDE's "Reload" does), so adding a class to the ecore needs no manual genmodel edit
 * while per-feature settings in the genmodel survive. Java merging (JMerger) keeps {@code @generated NOT}
 * code. The bundles' MANIFEST.MF, plugin.xml and build.properties are maintained by hand (the model
 * bundle registers the .ssiplan parser; Tycho needs exact headers), so whatever the generator writes
 * there is put back.
 *
 * <p>Argument: the repository root.
 */
public final class RegenerateModel {

    private static final String MODEL_BUNDLE = "ssiplan.model";
    private static final String EDIT_BUNDLE = "ssiplan.model.edit";
    private static final List<String> HAND_MAINTAINED = List.of("META-INF/MANIFEST.MF", "plugin.xml", "build.properties");

    private final Path repositoryRoot;

    private RegenerateModel(Path repositoryRoot) {
        this.repositoryRoot = repositoryRoot;
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("bundles/ssiplan.model/model/ssiplan.ecore"))) {
            System.err.println("Not the repository root (no bundles/ssiplan.model/model/ssiplan.ecore): " + root);
            System.exit(2);
        }
        int status = new RegenerateModel(root).run();
        System.exit(status);
    }

    private int run() throws IOException {
        ResourceSet resourceSet = createResourceSet();
        GenModel genModel = reloadGenModel(resourceSet);

        Diagnostic problems = genModel.diagnose();
        if (problems.getSeverity() == Diagnostic.ERROR) {
            print(problems);
            return 1;
        }

        Map<Path, byte[]> kept = snapshotHandMaintainedFiles();
        Diagnostic result;
        try {
            genModel.setCanGenerate(true);
            Generator generator = new Generator();
            generator.setInput(genModel);
            BasicMonitor monitor = new BasicMonitor();
            BasicDiagnostic all = new BasicDiagnostic("ssiplan.codegen", 0, "EMF code generation", null);
            all.merge(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, "model", monitor));
            all.merge(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, "edit", monitor));
            result = all;
        } finally {
            restore(kept);
        }
        if (result.getSeverity() >= Diagnostic.ERROR) {
            print(result);
            return 1;
        }
        if (result.getSeverity() == Diagnostic.WARNING) {
            print(result);
        }
        System.out.println("Generated MODEL into bundles/" + MODEL_BUNDLE + "/src-gen and EDIT into bundles/" + EDIT_BUNDLE + "/src-gen");
        return 0;
    }

    private ResourceSet createResourceSet() {
        // Touching the packages registers them in the global registry (standalone, no plug-in registry).
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        // The genmodel names its output folders as workspace paths (/ssiplan.model/src-gen); map them to the bundles.
        for (String bundle : List.of(MODEL_BUNDLE, EDIT_BUNDLE)) {
            URI folder = URI.createFileURI(repositoryRoot.resolve("bundles").resolve(bundle).toString()).appendSegment("");
            resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + bundle + "/", false), folder);
        }
        return resourceSet;
    }

    /** Rebuilds the genmodel from the ecore and carries the saved settings over, then saves it. */
    private GenModel reloadGenModel(ResourceSet resourceSet) throws IOException {
        Resource ecoreResource = resourceSet.getResource(modelFile("ssiplan.ecore"), true);
        EPackage ePackage = (EPackage) ecoreResource.getContents().get(0);

        Resource genModelResource = resourceSet.getResource(modelFile("ssiplan.genmodel"), true);
        GenModel saved = (GenModel) genModelResource.getContents().get(0);

        GenModel reloaded = GenModelFactory.eINSTANCE.createGenModel();
        // reconcile() below carries class/feature settings and most model settings; copy every
        // explicitly set model-level setting as well so none is lost (importerID, for one, is not carried).
        for (EAttribute setting : GenModelPackage.Literals.GEN_MODEL.getEAllAttributes()) {
            if (!setting.isMany() && !setting.isDerived() && !setting.isTransient() && saved.eIsSet(setting)) {
                reloaded.eSet(setting, saved.eGet(setting));
            }
        }
        reloaded.initialize(List.of(ePackage));
        reloaded.getForeignModel().addAll(saved.getForeignModel());
        reloaded.reconcile(saved);
        genModelResource.getContents().set(0, reloaded);
        reloaded.reconcile();

        Map<Object, Object> options = new LinkedHashMap<>();
        options.put(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
        options.put(Resource.OPTION_LINE_DELIMITER, "\n");
        genModelResource.save(options);
        return reloaded;
    }

    private static URI modelFile(String name) {
        return URI.createPlatformResourceURI("/" + MODEL_BUNDLE + "/model/" + name, false);
    }

    private Map<Path, byte[]> snapshotHandMaintainedFiles() throws IOException {
        Map<Path, byte[]> kept = new LinkedHashMap<>();
        for (String bundle : List.of(MODEL_BUNDLE, EDIT_BUNDLE)) {
            for (String file : HAND_MAINTAINED) {
                Path path = repositoryRoot.resolve("bundles").resolve(bundle).resolve(file);
                kept.put(path, Files.isRegularFile(path) ? Files.readAllBytes(path) : null);
            }
        }
        return kept;
    }

    private static void restore(Map<Path, byte[]> kept) throws IOException {
        for (Map.Entry<Path, byte[]> entry : kept.entrySet()) {
            Path path = entry.getKey();
            byte[] before = entry.getValue();
            if (before != null) {
                Files.write(path, before);
            } else if (Files.isRegularFile(path)) {
                // First generation of a bundle: keep the generator's file as a starting point, but say so.
                System.out.println("Generator created " + path + "; review it, it is maintained by hand from now on.");
            }
        }
    }

    private static void print(Diagnostic diagnostic) {
        System.err.println(diagnostic.getMessage());
        for (Diagnostic child : diagnostic.getChildren()) {
            print(child);
        }
    }
}
