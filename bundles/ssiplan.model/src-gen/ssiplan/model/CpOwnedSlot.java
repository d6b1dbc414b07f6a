/**
 */
package ssiplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cp Owned Slot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One CP_Owned slot of a member; IBM's layout puts sysres in 1, common in 5, spool from 10, page from 255 downwards [C layout, U bounds].
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.CpOwnedSlot#getSlot <em>Slot</em>}</li>
 *   <li>{@link ssiplan.model.CpOwnedSlot#getVolume <em>Volume</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getCpOwnedSlot()
 * @model
 * @generated
 */
public interface CpOwnedSlot extends EObject {
	/**
	 * Returns the value of the '<em><b>Slot</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-255.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slot</em>' attribute.
	 * @see #setSlot(int)
	 * @see ssiplan.model.SsiplanPackage#getCpOwnedSlot_Slot()
	 * @model default="1"
	 * @generated
	 */
	int getSlot();

	/**
	 * Sets the value of the '{@link ssiplan.model.CpOwnedSlot#getSlot <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot</em>' attribute.
	 * @see #getSlot()
	 * @generated
	 */
	void setSlot(int value);

	/**
	 * Returns the value of the '<em><b>Volume</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume</em>' reference.
	 * @see #setVolume(DasdVolume)
	 * @see ssiplan.model.SsiplanPackage#getCpOwnedSlot_Volume()
	 * @model
	 * @generated
	 */
	DasdVolume getVolume();

	/**
	 * Sets the value of the '{@link ssiplan.model.CpOwnedSlot#getVolume <em>Volume</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume</em>' reference.
	 * @see #getVolume()
	 * @generated
	 */
	void setVolume(DasdVolume value);

} // CpOwnedSlot
