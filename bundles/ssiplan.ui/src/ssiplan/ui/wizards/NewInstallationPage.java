package ssiplan.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import ssiplan.ui.files.InstallationFiles;

/** Start from (empty or an example), folder, file name. */
public final class NewInstallationPage extends WizardPage {

	private final List<InstallationTemplate> templates = InstallationTemplate.all();
	private TableViewer templateList;
	private Label description;
	private Text folder;
	private Text name;

	NewInstallationPage() {
		super("newInstallation");
		setTitle("New Installation");
		setDescription("Create an installation file, empty or from a bundled example.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);

		new Label(body, SWT.NONE).setText("Start from:");
		templateList = new TableViewer(body, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		templateList.setContentProvider(ArrayContentProvider.getInstance());
		templateList.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((InstallationTemplate) element).label();
			}
		});
		templateList.setInput(templates);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(360, 110).applyTo(templateList.getControl());

		new Label(body, SWT.NONE);
		description = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(360, SWT.DEFAULT).applyTo(description);

		new Label(body, SWT.NONE).setText("Folder:");
		folder = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setFilterPath(folder.getText());
			String chosen = dialog.open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});

		new Label(body, SWT.NONE).setText("File name:");
		name = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);

		try {
			folder.setText(InstallationFiles.defaultFolder().toString());
		} catch (CoreException e) {
			folder.setText(System.getProperty("user.home"));
		}
		templateList.addSelectionChangedListener(e -> {
			InstallationTemplate chosen = template();
			description.setText(chosen == null ? "" : chosen.description());
			if (chosen != null && (name.getText().isBlank() || isTemplateName(name.getText()))) {
				name.setText(freeName(chosen.id()));
			}
			body.layout(true, true);
			validate();
		});
		folder.addModifyListener(e -> validate());
		name.addModifyListener(e -> validate());
		templateList.setSelection(new StructuredSelection(templates.get(templates.size() > 1 ? 1 : 0)));

		setControl(body);
		validate();
	}

	private boolean isTemplateName(String text) {
		return templates.stream().anyMatch(t -> text.startsWith(t.id()));
	}

	private String freeName(String stem) {
		String candidate = stem + "." + InstallationFiles.EXTENSION;
		for (int i = 2; Files.exists(Path.of(folder.getText()).resolve(candidate)); i++) {
			candidate = stem + "-" + i + "." + InstallationFiles.EXTENSION;
		}
		return candidate;
	}

	private void validate() {
		String problem = null;
		String fileName = name.getText().trim();
		if (template() == null) {
			problem = "Choose what the installation starts from.";
		} else if (folder.getText().isBlank()) {
			problem = "Choose a folder.";
		} else if (fileName.isEmpty()) {
			problem = "Enter a file name.";
		} else if (fileName.contains("/") || fileName.contains("\\")) {
			problem = "The file name may not contain a path separator; choose the folder above.";
		} else if (Files.exists(file())) {
			problem = file() + " already exists.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	/** The chosen template (null if none). */
	public InstallationTemplate template() {
		return templateList.getStructuredSelection().getFirstElement() instanceof InstallationTemplate t ? t : null;
	}

	/** Chooses the template with {@code id}. */
	public void select(String id) {
		InstallationTemplate chosen = templates.stream().filter(t -> t.id().equals(id)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no installation template '" + id + "'"));
		templateList.setSelection(new StructuredSelection(chosen), true);
	}

	public void setFolder(Path path) {
		folder.setText(path.toString());
	}

	public void setFileName(String fileName) {
		name.setText(fileName);
	}

	/** The file to write; {@code .ssiplan} added when the name has no extension. */
	public Path file() {
		String fileName = name.getText().trim();
		if (!fileName.endsWith("." + InstallationFiles.EXTENSION)) {
			fileName = fileName + "." + InstallationFiles.EXTENSION;
		}
		return Path.of(folder.getText().trim()).resolve(fileName).toAbsolutePath().normalize();
	}

	/** The installation's own name: the file name without the extension. */
	public String installationName() {
		String fileName = file().getFileName().toString();
		return fileName.substring(0, fileName.length() - InstallationFiles.EXTENSION.length() - 1);
	}
}
