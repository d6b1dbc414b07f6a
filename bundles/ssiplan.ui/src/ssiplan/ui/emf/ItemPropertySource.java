package ssiplan.ui.emf;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Properties view's view of one model object, from its item provider's
 * {@link IItemPropertyDescriptor}s. Every edit runs as a {@link SetCommand} on the editing domain's
 * command stack, so it is undone with the editor's Undo (EMF.Edit's own descriptors would fall back
 * to a plain {@code eSet} when the resource set does not name its domain).
 */
public class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource itemPropertySource;
	private final EditingDomain domain;

	public ItemPropertySource(Object object, IItemPropertySource itemPropertySource, EditingDomain domain) {
		this.object = object;
		this.itemPropertySource = itemPropertySource;
		this.domain = domain;
	}

	public Object object() {
		return object;
	}

	@Override
	public Object getEditableValue() {
		return itemPropertySource.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = itemPropertySource.getPropertyDescriptors(object);
		if (descriptors == null) {
			return new IPropertyDescriptor[0];
		}
		return descriptors.stream().map(d -> new ItemPropertyDescriptorAdapter(object, d))
				.toArray(IPropertyDescriptor[]::new);
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		if (id instanceof String key) {
			IItemPropertyDescriptor found = itemPropertySource.getPropertyDescriptor(object, key);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor == null ? null : new PropertyValue(PropertyValue.unwrap(object, descriptor.getPropertyValue(object)));
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor == null || !descriptor.canSetProperty(object)) {
			return;
		}
		if (domain != null && !insideUndoableGefEntry() && descriptor.getFeature(object) instanceof EStructuralFeature feature) {
			execute(SetCommand.create(domain, object, feature, SetCommand.UNSET_VALUE));
		} else {
			descriptor.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor == null || !descriptor.canSetProperty(object)) {
			return;
		}
		Object newValue = PropertyValue.unwrap(object, value);
		Object oldValue = PropertyValue.unwrap(object, descriptor.getPropertyValue(object));
		if (Objects.equals(newValue, oldValue)) {
			return; // leaving a cell without a change must not put an empty step on the undo stack
		}
		if (domain != null && !insideUndoableGefEntry() && descriptor.getFeature(object) instanceof EStructuralFeature feature) {
			execute(SetCommand.create(domain, object, feature, newValue));
		} else {
			descriptor.setPropertyValue(object, newValue);
		}
	}

	/**
	 * True when GEF's own Properties page (the diagram editor's, an {@code UndoablePropertySheetEntry})
	 * is setting the value: it already wraps the change in a command on the shared stack and undoes it
	 * by setting the old value again, so a second command from here would nest inside that one.
	 */
	private static boolean insideUndoableGefEntry() {
		return StackWalker.getInstance().walk(frames -> frames.limit(40)
				.anyMatch(frame -> frame.getClassName().startsWith("org.eclipse.gef.ui.properties.")));
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}
}
