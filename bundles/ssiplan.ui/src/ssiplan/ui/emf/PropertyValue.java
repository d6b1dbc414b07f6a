package ssiplan.ui.emf;

import org.eclipse.emf.edit.provider.IItemPropertySource;

/**
 * The value of one property as the Properties view holds it. Wrapped so that the view does not offer
 * to expand a referenced model object (an LPAR under a member, say) into that object's properties:
 * those are edited where the object itself is selected.
 */
public record PropertyValue(Object value) {

	/** Unwraps EMF.Edit's {@code PropertyValueWrapper} (an {@link IItemPropertySource}) and ours. */
	public static Object unwrap(Object owner, Object value) {
		if (value instanceof PropertyValue wrapped) {
			return wrapped.value();
		}
		if (value instanceof IItemPropertySource source) {
			return source.getEditableValue(owner);
		}
		return value;
	}
}
