package ssiplan.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One row of the Properties view for an {@link IItemPropertyDescriptor}: its name, description,
 * category, label, and a cell editor fitting the feature — a drop-down for enumerations, booleans and
 * single references (from the descriptor's choice of values), a checked text field for other data
 * types (converted by the type's own {@code EFactory}), none for read-only or multi-valued features.
 */
public class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

	/** Category for descriptors that name none: values of the object itself. */
	public static final String ATTRIBUTES = "Attributes";
	/** Category for descriptors that name none: references to other model objects. */
	public static final String REFERENCES = "References";

	private final Object object;
	private final IItemPropertyDescriptor descriptor;

	public ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor) {
		this.object = object;
		this.descriptor = descriptor;
	}

	public IItemPropertyDescriptor itemPropertyDescriptor() {
		return descriptor;
	}

	private EStructuralFeature feature() {
		return descriptor.getFeature(object) instanceof EStructuralFeature feature ? feature : null;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!descriptor.canSetProperty(object)) {
			return null;
		}
		EStructuralFeature feature = feature();
		if (feature == null || feature.isMany() || descriptor.isMany(object)) {
			return null;
		}
		Collection<?> choices = descriptor.getChoiceOfValues(object);
		if (choices != null) {
			List<Object> values = new ArrayList<>(choices);
			if (feature instanceof EReference && !feature.isRequired() && !values.contains(null)) {
				values.add(0, null);
			}
			return new ChoiceCellEditor(parent, values, descriptor.getLabelProvider(object));
		}
		if (feature instanceof EAttribute attribute) {
			EDataType type = attribute.getEAttributeType();
			Class<?> instanceClass = type.getInstanceClass();
			if (instanceClass == boolean.class || instanceClass == Boolean.class) {
				return new ChoiceCellEditor(parent, List.of(Boolean.TRUE, Boolean.FALSE), descriptor.getLabelProvider(object));
			}
			if (type.isSerializable()) {
				return new DataTypeCellEditor(parent, type);
			}
		}
		return null;
	}

	@Override
	public String getCategory() {
		String category = descriptor.getCategory(object);
		if (category != null) {
			return category;
		}
		return feature() instanceof EReference reference && !reference.isContainment() ? REFERENCES : ATTRIBUTES;
	}

	@Override
	public String getDescription() {
		return descriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return descriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return descriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return null;
	}

	@Override
	public Object getId() {
		return descriptor.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider labels = descriptor.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				Object value = PropertyValue.unwrap(object, element);
				if (value instanceof Collection<?> many) {
					return String.join(", ", many.stream().map(labels::getText).toList());
				}
				return labels.getText(value);
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return other instanceof ItemPropertyDescriptorAdapter adapter
				&& adapter.descriptor.getFeature(adapter.object) == descriptor.getFeature(object)
				&& !"".equals(descriptor.getId(object));
	}

	/** A drop-down whose value is the chosen object (the plain combo's value is an index). */
	static final class ChoiceCellEditor extends ComboBoxCellEditor {
		private final List<Object> values;

		ChoiceCellEditor(Composite parent, List<Object> values, IItemLabelProvider labels) {
			super(parent, values.stream().map(v -> v == null ? "" : labels.getText(v)).toArray(String[]::new), SWT.READ_ONLY);
			this.values = values;
		}

		@Override
		protected Object doGetValue() {
			Object index = super.doGetValue();
			int i = index instanceof Integer n ? n : -1;
			return i >= 0 && i < values.size() ? values.get(i) : null;
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(Math.max(0, values.indexOf(PropertyValue.unwrap(null, value))));
		}
	}

	/** A text field for a data type, turned into a value by the type's factory; refuses text it cannot convert. */
	static final class DataTypeCellEditor extends TextCellEditor {
		private final EDataType type;

		DataTypeCellEditor(Composite parent, EDataType type) {
			super(parent);
			this.type = type;
			setValidator(value -> {
				try {
					convert((String) value);
					return null;
				} catch (RuntimeException e) {
					return "'" + value + "' is not a valid " + type.getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
				}
			});
		}

		private Object convert(String text) {
			if (text.isEmpty() && type.getInstanceClass() != String.class) {
				return type.getDefaultValue();
			}
			return EcoreUtil.createFromString(type, text);
		}

		@Override
		protected Object doGetValue() {
			return convert((String) super.doGetValue());
		}

		@Override
		protected void doSetValue(Object value) {
			Object plain = PropertyValue.unwrap(null, value);
			super.doSetValue(plain == null ? "" : EcoreUtil.convertToString(type, plain));
		}
	}
}
